window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1300000000000000008"
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
        "41"
      ],
      "favorite_count" : "3",
      "id_str" : "1300000000000000008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1300000000000000008",
      "created_at" : "Mon Aug 10 15:00:00 +0000 2020",
      "favorited" : false,
      "full_text" : "Oude tweet uit deel twee van het archief.",
      "lang" : "nl"
    }
  }
]