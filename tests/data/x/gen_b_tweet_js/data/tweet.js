window.YTD.tweet.part0 = [
  {
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
    "id_str" : "1100000000000000010",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1100000000000000010",
    "created_at" : "Wed Oct 10 20:19:24 +0000 2018",
    "favorited" : false,
    "full_text" : "Koffie &gt; thee, altijd.",
    "lang" : "nl"
  },
  {
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
      "21"
    ],
    "favorite_count" : "3",
    "id_str" : "1000000000000000011",
    "truncated" : false,
    "retweet_count" : "0",
    "id" : "1000000000000000011",
    "created_at" : "Mon Apr 03 11:00:00 +0000 2017",
    "favorited" : false,
    "full_text" : "Goedemorgen Nederland",
    "lang" : "nl"
  }
]