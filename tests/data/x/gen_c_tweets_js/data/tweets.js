window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1600000000000000001"
          ],
          "editableUntil" : "2023-01-01T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/AbC123xyz",
            "expanded_url" : "https://example.org/verkeer/a12",
            "display_url" : "example.org/verkeer/…",
            "indices" : [
              "10",
              "33"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "1600000000000000001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1600000000000000001",
      "created_at" : "Mon Dec 05 09:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Vandaag weer file op de A12 &amp; de trein reed niet. Zucht &lt;3 https://t.co/AbC123xyz",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1500000000000000002"
          ],
          "editableUntil" : "2023-01-01T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "3",
      "id_str" : "1500000000000000002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1500000000000000002",
      "created_at" : "Thu Mar 10 20:19:24 +0000 2022",
      "favorited" : false,
      "full_text" : "RT @fictief_bedrijf: Wij zoeken een nieuwe collega voor ons team in Utrecht, reageer snel want de vacature sluit binnenkort en we willen graag…",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1650000000000000003"
          ],
          "editableUntil" : "2023-01-01T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "in_reply_to_status_id_str" : "1649999999999999999",
      "in_reply_to_status_id" : "1649999999999999999",
      "in_reply_to_user_id" : "1234567",
      "in_reply_to_user_id_str" : "1234567",
      "id_str" : "1650000000000000003",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1650000000000000003",
      "created_at" : "Wed Apr 19 07:30:00 +0000 2023",
      "favorited" : false,
      "full_text" : "@fictief_jan Eens, die vergadering had een mail kunnen zijn.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1550000000000000004"
          ],
          "editableUntil" : "2023-01-01T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [],
        "media" : [
          {
            "expanded_url" : "https://twitter.com/fictief_anne/status/1550000000000000004/photo/1",
            "indices" : [
              "40",
              "63"
            ],
            "url" : "https://t.co/PhOtO12345",
            "media_url" : "http://pbs.twimg.com/media/abc.jpg",
            "id_str" : "1",
            "id" : "1",
            "media_url_https" : "https://pbs.twimg.com/media/abc.jpg",
            "sizes" : {},
            "type" : "photo",
            "display_url" : "pic.twitter.com/abc"
          }
        ]
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "3",
      "id_str" : "1550000000000000004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1550000000000000004",
      "created_at" : "Fri Jul 01 12:00:00 +0000 2022",
      "favorited" : false,
      "full_text" : "Nieuwe foto van het kantoor https://t.co/PhOtO12345",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610000000000000005",
            "1610000000000000009"
          ],
          "editableUntil" : "2023-01-01T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "25"
      ],
      "favorite_count" : "3",
      "id_str" : "1610000000000000005",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610000000000000005",
      "created_at" : "Tue Jan 10 10:00:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Eerste versie met tikfout",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1610000000000000005",
            "1610000000000000009"
          ],
          "editableUntil" : "2023-01-01T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "3",
      "id_str" : "1610000000000000009",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1610000000000000009",
      "created_at" : "Tue Jan 10 10:05:00 +0000 2023",
      "favorited" : false,
      "full_text" : "Eerste versie zonder tikfout",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1400000000000000006"
          ],
          "editableUntil" : "2023-01-01T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "60"
      ],
      "favorite_count" : "3",
      "id_str" : "1400000000000000006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1400000000000000006",
      "created_at" : "Sat May 01 08:00:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Literal in a tweet: &amp;amp; stays &amp;amp; once unescaped",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1420000000000000007"
          ],
          "editableUntil" : "2023-01-01T10:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "15"
      ],
      "favorite_count" : "3",
      "in_reply_to_user_id" : "999",
      "in_reply_to_user_id_str" : "999",
      "id_str" : "1420000000000000007",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1420000000000000007",
      "created_at" : "Sun Jun 06 08:00:00 +0000 2021",
      "favorited" : false,
      "full_text" : "Thread part two",
      "lang" : "en"
    }
  }
]