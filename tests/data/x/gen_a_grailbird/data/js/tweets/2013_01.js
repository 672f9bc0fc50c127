Grailbird.data.tweets_2013_01 = 
 [
  {
    "source": "web",
    "entities": {
      "user_mentions": [],
      "media": [],
      "hashtags": [],
      "urls": [
        {
          "indices": [
            37,
            59
          ],
          "url": "http://t.co/Abc123",
          "expanded_url": "http://example.org/planning",
          "display_url": "example.org/planning"
        }
      ]
    },
    "geo": {},
    "id_str": "296000000000000001",
    "text": "Lezen: \"Planning &amp; logistiek\" http://t.co/Abc123",
    "id": 296000000000000001,
    "created_at": "2013-01-29 10:15:00 +0000",
    "user": {
      "name": "Anne Fictief",
      "screen_name": "fictief_anne",
      "protected": false,
      "id_str": "4242",
      "id": 4242,
      "verified": false
    }
  }
]