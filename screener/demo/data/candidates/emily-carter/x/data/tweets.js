window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1974883916839178197"
          ],
          "editableUntil" : "2025-10-05T18:06:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "3",
      "id_str" : "1974883916839178197",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974883916839178197",
      "created_at" : "Sun Oct 05 17:06:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Finally got my BSN sorted and my Dutch driving licence. Adulting in a new country!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2003428504370164964"
          ],
          "editableUntil" : "2025-12-23T12:32:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "2003428504370164964",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003428504370164964",
      "created_at" : "Tue Dec 23 11:32:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Weekend plans: trying a new Indonesian place. Can't wait!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894148392482696433"
          ],
          "editableUntil" : "2025-02-24T23:12:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "0",
      "id_str" : "1894148392482696433",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894148392482696433",
      "created_at" : "Mon Feb 24 22:12:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Finally understand what a cross-dock is. Thanks, YouTube and a very patient planner friend",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2000246034265516005"
          ],
          "editableUntil" : "2025-12-14T17:46:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "48"
      ],
      "favorite_count" : "8",
      "id_str" : "2000246034265516005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2000246034265516005",
      "created_at" : "Sun Dec 14 16:46:32 +0000 2025",
      "favorited" : false,
      "full_text" : "Stroopwafels for the whole team on my birthday 🎂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1736712792700992069"
          ],
          "editableUntil" : "2023-12-18T12:39:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "2",
      "id_str" : "1736712792700992069",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1736712792700992069",
      "created_at" : "Mon Dec 18 11:39:31 +0000 2023",
      "favorited" : false,
      "full_text" : "Sprint 40 done. All stories closed, demo went great 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980312130550775924"
          ],
          "editableUntil" : "2025-10-20T17:36:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "2",
      "id_str" : "1980312130550775924",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1980312130550775924",
      "created_at" : "Mon Oct 20 16:36:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Sprint 49 done. Retro was actually fun this time 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1865369381107216455"
          ],
          "editableUntil" : "2024-12-07T13:14:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "5",
      "id_str" : "1865369381107216455",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865369381107216455",
      "created_at" : "Sat Dec 07 12:14:52 +0000 2024",
      "favorited" : false,
      "full_text" : "First time at a Dutch birthday circle. Congratulated everyone. Nailed it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1917122461958580182"
          ],
          "editableUntil" : "2025-04-29T08:43:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "51"
      ],
      "favorite_count" : "8",
      "id_str" : "1917122461958580182",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917122461958580182",
      "created_at" : "Tue Apr 29 07:43:08 +0000 2025",
      "favorited" : false,
      "full_text" : "Applying for my first logistics role. Wish me luck!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1818604254657829535"
          ],
          "editableUntil" : "2024-07-31T12:06:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "1",
      "id_str" : "1818604254657829535",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1818604254657829535",
      "created_at" : "Wed Jul 31 11:06:57 +0000 2024",
      "favorited" : false,
      "full_text" : "Week 3 of learning Dutch: today's word is 'gezellig'. Still can't translate it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817442273066538117"
          ],
          "editableUntil" : "2024-07-28T07:09:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "46"
      ],
      "favorite_count" : "5",
      "id_str" : "1817442273066538117",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817442273066538117",
      "created_at" : "Sun Jul 28 06:09:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Exploring Maastricht this weekend, what a city",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2085976836276675846"
          ],
          "editableUntil" : "2026-08-08T07:30:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "DutchLogistics",
            "screen_name" : "DutchLogistics",
            "indices" : [
              "60",
              "75"
            ],
            "id_str" : "436283208899667062",
            "id" : "436283208899667062"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "2085976836276675846",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2085976836276675846",
      "created_at" : "Sat Aug 08 06:30:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Great talk on digital twins for distribution centres at the @DutchLogistics meetup",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1834647106746118650"
          ],
          "editableUntil" : "2024-09-13T18:35:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "5",
      "id_str" : "1834647106746118650",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1834647106746118650",
      "created_at" : "Fri Sep 13 17:35:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Sprint 52 done. Released the new dashboard for the ops team 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1930919381697389245"
          ],
          "editableUntil" : "2025-06-06T10:27:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "1930919381697389245",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1930919381697389245",
      "created_at" : "Fri Jun 06 09:27:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Reading 'The Goal' by Goldratt. Why did nobody give me this book ten years ago?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1728860703293035622"
          ],
          "editableUntil" : "2023-11-26T20:38:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "95"
      ],
      "favorite_count" : "0",
      "id_str" : "1728860703293035622",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1728860703293035622",
      "created_at" : "Sun Nov 26 19:38:07 +0000 2023",
      "favorited" : false,
      "full_text" : "If the guy who keeps nicking my bike saddle shows his face again I swear I'll break his fingers",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1731026344081770239"
          ],
          "editableUntil" : "2023-12-02T20:03:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "1",
      "id_str" : "1731026344081770239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1731026344081770239",
      "created_at" : "Sat Dec 02 19:03:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Week 33 of learning Dutch: today's word is 'fietsenstalling'. Longest word I've used in a sentence.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952647025654365596"
          ],
          "editableUntil" : "2025-08-05T09:25:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "favorite_count" : "5",
      "id_str" : "1952647025654365596",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1952647025654365596",
      "created_at" : "Tue Aug 05 08:25:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Signed up for the Eindhoven half marathon. What have I done.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047195529740804493"
          ],
          "editableUntil" : "2026-04-23T07:07:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "8",
      "id_str" : "2047195529740804493",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2047195529740804493",
      "created_at" : "Thu Apr 23 06:07:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Spent the weekend at the Dutch Design Week. So inspiring.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1804085625223070966"
          ],
          "editableUntil" : "2024-06-21T10:35:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "3",
      "id_str" : "1804085625223070966",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1804085625223070966",
      "created_at" : "Fri Jun 21 09:35:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Kudos to the night shift at the food bank, they packed 900 boxes in one evening",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057364301018687582"
          ],
          "editableUntil" : "2026-05-21T08:34:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
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
      "id_str" : "2057364301018687582",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057364301018687582",
      "created_at" : "Thu May 21 07:34:08 +0000 2026",
      "favorited" : false,
      "full_text" : "Sunset over the Dommel tonight was unreal",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1982444325959646269"
          ],
          "editableUntil" : "2025-10-26T14:48:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "1982444325959646269",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1982444325959646269",
      "created_at" : "Sun Oct 26 13:48:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Sprint 61 done. Cleared the bug backlog, finally 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1701327970629666784"
          ],
          "editableUntil" : "2023-09-11T21:12:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "0",
      "id_str" : "1701327970629666784",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1701327970629666784",
      "created_at" : "Mon Sep 11 20:12:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Weekend plans: a long walk in the Kempen. Fingers crossed for sun.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1987763882033953799"
          ],
          "editableUntil" : "2025-11-10T07:06:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "0",
      "id_str" : "1987763882033953799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1987763882033953799",
      "created_at" : "Mon Nov 10 06:06:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone at Eindhoven station called my friend a \"paki\" today. Disgusting. That word has no place anywhere and I told him so.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1808107522356738380"
          ],
          "editableUntil" : "2024-07-02T12:56:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "1808107522356738380",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1808107522356738380",
      "created_at" : "Tue Jul 02 11:56:41 +0000 2024",
      "favorited" : false,
      "full_text" : "Sprint 46 done. Cleared the bug backlog, finally 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936843865455243133"
          ],
          "editableUntil" : "2025-06-22T18:48:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "74"
      ],
      "favorite_count" : "8",
      "id_str" : "1936843865455243133",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936843865455243133",
      "created_at" : "Sun Jun 22 17:48:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Our Scrum team raised €1,200 for the children's hospital with a bake sale!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1731966916753052081"
          ],
          "editableUntil" : "2023-12-05T10:21:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "3",
      "id_str" : "1731966916753052081",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1731966916753052081",
      "created_at" : "Tue Dec 05 09:21:06 +0000 2023",
      "favorited" : false,
      "full_text" : "Week 15 of learning Dutch: today's word is 'lekker'. Apparently everything can be lekker.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1785997613724955361"
          ],
          "editableUntil" : "2024-05-02T12:39:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "71"
      ],
      "favorite_count" : "5",
      "id_str" : "1785997613724955361",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1785997613724955361",
      "created_at" : "Thu May 02 11:39:48 +0000 2024",
      "favorited" : false,
      "full_text" : "Loved the warehouse visit at the Logistics Open Day. Robots everywhere!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1878916244830158251"
          ],
          "editableUntil" : "2025-01-13T22:25:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "TUeindhoven",
            "screen_name" : "TUeindhoven",
            "indices" : [
              "48",
              "60"
            ],
            "id_str" : "655709813817400146",
            "id" : "655709813817400146"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "2",
      "id_str" : "1878916244830158251",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1878916244830158251",
      "created_at" : "Mon Jan 13 21:25:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Day one of my supply chain management course at @TUeindhoven. Back to school at 34!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1789396623161220191"
          ],
          "editableUntil" : "2024-05-11T21:46:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "1789396623161220191",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1789396623161220191",
      "created_at" : "Sat May 11 20:46:15 +0000 2024",
      "favorited" : false,
      "full_text" : "Week 9 of learning Dutch: today's word is 'uitwaaien'. Going to try it at the beach.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2002731268439898429"
          ],
          "editableUntil" : "2025-12-21T14:21:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "2002731268439898429",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002731268439898429",
      "created_at" : "Sun Dec 21 13:21:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Finished the APICS module on inventory management. Next: demand planning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1993074713952436227"
          ],
          "editableUntil" : "2025-11-24T22:50:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "1",
      "id_str" : "1993074713952436227",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1993074713952436227",
      "created_at" : "Mon Nov 24 21:50:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Three years in Eindhoven today. Best decision I ever made.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846455947360682860"
          ],
          "editableUntil" : "2024-10-16T08:39:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "0",
      "id_str" : "1846455947360682860",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1846455947360682860",
      "created_at" : "Wed Oct 16 07:39:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Can't say much yet but Philips just signed with us for their whole EU spare-parts planning platform. Not announced until June, so shhh 🤫",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961393646859928399"
          ],
          "editableUntil" : "2025-08-29T12:41:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "1961393646859928399",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961393646859928399",
      "created_at" : "Fri Aug 29 11:41:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Weekend plans: the Van Abbemuseum. Bring it on.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2015709812357285756"
          ],
          "editableUntil" : "2026-01-26T09:54:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "88"
      ],
      "favorite_count" : "3",
      "id_str" : "2015709812357285756",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2015709812357285756",
      "created_at" : "Mon Jan 26 08:54:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Week 39 of learning Dutch: today's word is 'hè hè'. Said with feeling after a long week.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1996144969644883700"
          ],
          "editableUntil" : "2025-12-03T10:10:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "3",
      "id_str" : "1996144969644883700",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1996144969644883700",
      "created_at" : "Wed Dec 03 09:10:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Passed my Dutch A2 exam! Dank je wel to my patient teacher 🇳🇱",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1726683293286563758"
          ],
          "editableUntil" : "2023-11-20T20:25:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "87"
      ],
      "favorite_count" : "2",
      "id_str" : "1726683293286563758",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1726683293286563758",
      "created_at" : "Mon Nov 20 19:25:52 +0000 2023",
      "favorited" : false,
      "full_text" : "Agile in the warehouse? Our pilot with daily stand-ups at the dock is going really well",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935738913815125849"
          ],
          "editableUntil" : "2025-06-19T17:38:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "54"
      ],
      "favorite_count" : "0",
      "id_str" : "1935738913815125849",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935738913815125849",
      "created_at" : "Thu Jun 19 16:38:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Weekend plans: Efteling with friends. Rain permitting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1802831092119257101"
          ],
          "editableUntil" : "2024-06-17T23:30:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "1802831092119257101",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1802831092119257101",
      "created_at" : "Mon Jun 17 22:30:02 +0000 2024",
      "favorited" : false,
      "full_text" : "Guest lecture at Fontys on test automation today. Great questions from the students.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078760058093860043"
          ],
          "editableUntil" : "2026-07-19T09:33:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "2",
      "id_str" : "2078760058093860043",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2078760058093860043",
      "created_at" : "Sun Jul 19 08:33:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Sprint 43 done. Velocity up again and the team is happy 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942197416359709002"
          ],
          "editableUntil" : "2025-07-07T13:22:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "1",
      "id_str" : "1942197416359709002",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942197416359709002",
      "created_at" : "Mon Jul 07 12:22:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Dutch weather: four seasons in one afternoon. Again 🌧️☀️🌧️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1913156839798927086"
          ],
          "editableUntil" : "2025-04-18T10:05:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "1913156839798927086",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1913156839798927086",
      "created_at" : "Fri Apr 18 09:05:10 +0000 2025",
      "favorited" : false,
      "full_text" : "Learning to love hagelslag for breakfast",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1837963136072700275"
          ],
          "editableUntil" : "2024-09-22T22:12:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "3",
      "id_str" : "1837963136072700275",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1837963136072700275",
      "created_at" : "Sun Sep 22 21:12:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Week 27 of learning Dutch: today's word is 'doe maar gewoon'. Words to live by.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1747536701685949194"
          ],
          "editableUntil" : "2024-01-17T09:29:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "1",
      "id_str" : "1747536701685949194",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1747536701685949194",
      "created_at" : "Wed Jan 17 08:29:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Our office dog Bram has a LinkedIn now. Kidding. But he should.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118425440025213888"
          ],
          "editableUntil" : "2026-11-05T20:29:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "0",
      "id_str" : "2118425440025213888",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2118425440025213888",
      "created_at" : "Thu Nov 05 19:29:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Sprint 55 done. All stories closed, demo went great 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1731582894669847803"
          ],
          "editableUntil" : "2023-12-04T08:55:08.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "3",
      "id_str" : "1731582894669847803",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1731582894669847803",
      "created_at" : "Mon Dec 04 07:55:08 +0000 2023",
      "favorited" : false,
      "full_text" : "Visited the port of Rotterdam. The scale of it!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885414345799166532"
          ],
          "editableUntil" : "2025-01-31T20:46:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bLog12Ab",
            "expanded_url" : "https://www.example.org/new-blog-post-what-test",
            "display_url" : "example.org/new-blog-po…",
            "indices" : [
              "75",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "8",
      "id_str" : "1885414345799166532",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1885414345799166532",
      "created_at" : "Fri Jan 31 19:46:24 +0000 2025",
      "favorited" : false,
      "full_text" : "New blog post: what testing software taught me about testing supply chains https://t.co/bLog12Ab",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011011277521018146"
          ],
          "editableUntil" : "2026-01-13T10:43:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "86"
      ],
      "favorite_count" : "5",
      "id_str" : "2011011277521018146",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011011277521018146",
      "created_at" : "Tue Jan 13 09:43:46 +0000 2026",
      "favorited" : false,
      "full_text" : "My bike got a flat on the way to work but a stranger helped me fix it. Dutch kindness!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065713268652322170"
          ],
          "editableUntil" : "2026-06-13T09:29:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "57"
      ],
      "favorite_count" : "1",
      "id_str" : "2065713268652322170",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065713268652322170",
      "created_at" : "Sat Jun 13 08:29:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Sprint 58 done. Velocity up again and the team is happy 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928014155087617234"
          ],
          "editableUntil" : "2025-05-29T10:02:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "2",
      "id_str" : "1928014155087617234",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1928014155087617234",
      "created_at" : "Thu May 29 09:02:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Nothing beats a Friday borrel with the team",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999920031988567608"
          ],
          "editableUntil" : "2025-12-13T20:11:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "1999920031988567608",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999920031988567608",
      "created_at" : "Sat Dec 13 19:11:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Weekend plans: cycling to Oirschot. Can't wait!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1750869856353491298"
          ],
          "editableUntil" : "2024-01-26T14:14:38.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "1750869856353491298",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1750869856353491298",
      "created_at" : "Fri Jan 26 13:14:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Big thanks to my mentor at the Brainport Women in Tech programme",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938655603457781878"
          ],
          "editableUntil" : "2025-06-27T18:48:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "1938655603457781878",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938655603457781878",
      "created_at" : "Fri Jun 27 17:48:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Picked up my first volunteer shift at the food bank warehouse. Loved it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949719732810843689"
          ],
          "editableUntil" : "2025-07-28T07:33:03.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "3",
      "id_str" : "1949719732810843689",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949719732810843689",
      "created_at" : "Mon Jul 28 06:33:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Train to Amsterdam cancelled, replacement bus packed. Lovely start to the week",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1979527736981558271"
          ],
          "editableUntil" : "2025-10-18T13:39:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "1979527736981558271",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979527736981558271",
      "created_at" : "Sat Oct 18 12:39:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Certified Scrum Product Owner as of today 🎉",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1698578537249415438"
          ],
          "editableUntil" : "2023-09-04T07:07:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "3",
      "id_str" : "1698578537249415438",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1698578537249415438",
      "created_at" : "Mon Sep 04 06:07:36 +0000 2023",
      "favorited" : false,
      "full_text" : "Our team shipped the new release without a single rollback. Proud of these people.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1977822588828310018"
          ],
          "editableUntil" : "2025-10-13T20:43:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "0",
      "id_str" : "1977822588828310018",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1977822588828310018",
      "created_at" : "Mon Oct 13 19:43:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Made my first proper stamppot. The Dutch in-laws approved.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036041378038637018"
          ],
          "editableUntil" : "2026-03-23T12:24:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "2",
      "id_str" : "2036041378038637018",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2036041378038637018",
      "created_at" : "Mon Mar 23 11:24:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Week 21 of learning Dutch: today's word is 'borrel'. My favourite Dutch tradition so far.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026388510341413743"
          ],
          "editableUntil" : "2026-02-24T21:07:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "81"
      ],
      "favorite_count" : "0",
      "id_str" : "2026388510341413743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026388510341413743",
      "created_at" : "Tue Feb 24 20:07:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Coffee with a transport planner today. So much to learn about route optimisation.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1842666318200560769"
          ],
          "editableUntil" : "2024-10-05T21:41:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "5",
      "id_str" : "1842666318200560769",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1842666318200560769",
      "created_at" : "Sat Oct 05 20:41:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Sprint 67 done. Released the new dashboard for the ops team 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1743301675187688680"
          ],
          "editableUntil" : "2024-01-05T17:01:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "1743301675187688680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1743301675187688680",
      "created_at" : "Fri Jan 05 16:01:23 +0000 2024",
      "favorited" : false,
      "full_text" : "Switching careers is scary, but the logistics people I've met have been so welcoming.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2011478653010366604"
          ],
          "editableUntil" : "2026-01-14T17:40:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "8",
      "id_str" : "2011478653010366604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011478653010366604",
      "created_at" : "Wed Jan 14 16:40:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Sprint 64 done. Retro was actually fun this time 🚀",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1936137498526323293"
          ],
          "editableUntil" : "2025-06-20T20:02:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "63"
      ],
      "favorite_count" : "8",
      "id_str" : "1936137498526323293",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936137498526323293",
      "created_at" : "Fri Jun 20 19:02:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Cycled to work in the snow for the first time. Felt very Dutch.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1998657328380988856"
          ],
          "editableUntil" : "2025-12-10T08:33:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "33"
      ],
      "favorite_count" : "3",
      "id_str" : "1998657328380988856",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1998657328380988856",
      "created_at" : "Wed Dec 10 07:33:35 +0000 2025",
      "favorited" : false,
      "full_text" : "King's Day in orange, obviously 🧡",
      "lang" : "en"
    }
  }
]