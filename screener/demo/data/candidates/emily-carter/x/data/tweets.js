window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1980312130550865491"
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
        "99"
      ],
      "favorite_count" : "0",
      "id_str" : "1980312130550865491",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1980312130550865491",
      "created_at" : "Mon Oct 20 16:36:19 +0000 2025",
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
            "1747536701686201945"
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
        "43"
      ],
      "favorite_count" : "0",
      "id_str" : "1747536701686201945",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1747536701686201945",
      "created_at" : "Wed Jan 17 08:29:52 +0000 2024",
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
            "1736712792701416477"
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
        "89"
      ],
      "favorite_count" : "5",
      "id_str" : "1736712792701416477",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1736712792701416477",
      "created_at" : "Mon Dec 18 11:39:31 +0000 2023",
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
            "1804085625224688821"
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
        "47"
      ],
      "favorite_count" : "0",
      "id_str" : "1804085625224688821",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1804085625224688821",
      "created_at" : "Fri Jun 21 09:35:06 +0000 2024",
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
            "1998657328381672076"
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
        "48"
      ],
      "favorite_count" : "5",
      "id_str" : "1998657328381672076",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1998657328381672076",
      "created_at" : "Wed Dec 10 07:33:35 +0000 2025",
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
            "1817442273066494711"
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
        "57"
      ],
      "favorite_count" : "8",
      "id_str" : "1817442273066494711",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817442273066494711",
      "created_at" : "Sun Jul 28 06:09:39 +0000 2024",
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
            "1885777996152564087"
          ],
          "editableUntil" : "2025-02-01T20:51:25.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1885777996152564087",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1885777996152564087",
      "created_at" : "Sat Feb 01 19:51:25 +0000 2025",
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
            "1952647025656717803"
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
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "1952647025656717803",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952647025656717803",
      "created_at" : "Tue Aug 05 08:25:04 +0000 2025",
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
            "1930919381696974117"
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
        "74"
      ],
      "favorite_count" : "0",
      "id_str" : "1930919381696974117",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1930919381696974117",
      "created_at" : "Fri Jun 06 09:27:10 +0000 2025",
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
            "1731582894669084180"
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
        "43"
      ],
      "favorite_count" : "5",
      "id_str" : "1731582894669084180",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1731582894669084180",
      "created_at" : "Mon Dec 04 07:55:08 +0000 2023",
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
            "1865369381108323418"
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
        "51"
      ],
      "favorite_count" : "2",
      "id_str" : "1865369381108323418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1865369381108323418",
      "created_at" : "Sat Dec 07 12:14:52 +0000 2024",
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
            "1735596914900342022"
          ],
          "editableUntil" : "2023-12-15T10:45:25.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1735596914900342022",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1735596914900342022",
      "created_at" : "Fri Dec 15 09:45:25 +0000 2023",
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
            "2047195529741091699"
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
        "73"
      ],
      "favorite_count" : "1",
      "id_str" : "2047195529741091699",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2047195529741091699",
      "created_at" : "Thu Apr 23 06:07:04 +0000 2026",
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
            "1731966916754888483"
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
        "63"
      ],
      "favorite_count" : "8",
      "id_str" : "1731966916754888483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1731966916754888483",
      "created_at" : "Tue Dec 05 09:21:06 +0000 2023",
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
            "1726683293285424814"
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
        "86"
      ],
      "favorite_count" : "5",
      "id_str" : "1726683293285424814",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1726683293285424814",
      "created_at" : "Mon Nov 20 19:25:52 +0000 2023",
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
            "2011478653007653406"
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
      "favorite_count" : "3",
      "id_str" : "2011478653007653406",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2011478653007653406",
      "created_at" : "Wed Jan 14 16:40:57 +0000 2026",
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
            "1785997613728147640"
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
        "user_mentions" : [
          {
            "name" : "TUeindhoven",
            "screen_name" : "TUeindhoven",
            "indices" : [
              "48",
              "60"
            ],
            "id_str" : "134437473120004438",
            "id" : "134437473120004438"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1785997613728147640",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1785997613728147640",
      "created_at" : "Thu May 02 11:39:48 +0000 2024",
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
            "2046499724064950160"
          ],
          "editableUntil" : "2026-04-21T09:02:11.000Z",
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
      "favorite_count" : "8",
      "id_str" : "2046499724064950160",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2046499724064950160",
      "created_at" : "Tue Apr 21 08:02:11 +0000 2026",
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
            "1938655603456845597"
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
        "71"
      ],
      "favorite_count" : "0",
      "id_str" : "1938655603456845597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938655603456845597",
      "created_at" : "Fri Jun 27 17:48:09 +0000 2025",
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
            "1743301675188675846"
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
        "58"
      ],
      "favorite_count" : "3",
      "id_str" : "1743301675188675846",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1743301675188675846",
      "created_at" : "Fri Jan 05 16:01:23 +0000 2024",
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
            "1982444325962028056"
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
      "favorite_count" : "5",
      "id_str" : "1982444325962028056",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1982444325962028056",
      "created_at" : "Sun Oct 26 13:48:54 +0000 2025",
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
            "1701327970631441496"
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
        "50"
      ],
      "favorite_count" : "2",
      "id_str" : "1701327970631441496",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1701327970631441496",
      "created_at" : "Mon Sep 11 20:12:52 +0000 2023",
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
            "1731026344081165977"
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
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1731026344081165977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1731026344081165977",
      "created_at" : "Sat Dec 02 19:03:36 +0000 2023",
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
            "1928014155088546948"
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
        "60"
      ],
      "favorite_count" : "5",
      "id_str" : "1928014155088546948",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928014155088546948",
      "created_at" : "Thu May 29 09:02:50 +0000 2025",
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
            "1917122461957720188"
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
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "1917122461957720188",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1917122461957720188",
      "created_at" : "Tue Apr 29 07:43:08 +0000 2025",
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
            "1977822588830247261"
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
      "favorite_count" : "2",
      "id_str" : "1977822588830247261",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1977822588830247261",
      "created_at" : "Mon Oct 13 19:43:46 +0000 2025",
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
            "1808107522360323776"
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
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "1808107522360323776",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1808107522360323776",
      "created_at" : "Tue Jul 02 11:56:41 +0000 2024",
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
            "2026388510342387375"
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
        "40"
      ],
      "favorite_count" : "3",
      "id_str" : "2026388510342387375",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026388510342387375",
      "created_at" : "Tue Feb 24 20:07:24 +0000 2026",
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
            "1974748289827347449"
          ],
          "editableUntil" : "2025-10-05T09:07:36.000Z",
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
      "id_str" : "1974748289827347449",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1974748289827347449",
      "created_at" : "Sun Oct 05 08:07:36 +0000 2025",
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
            "1726007389584257007"
          ],
          "editableUntil" : "2023-11-18T23:40:04.000Z",
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
      "id_str" : "1726007389584257007",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1726007389584257007",
      "created_at" : "Sat Nov 18 22:40:04 +0000 2023",
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
            "2078760058094310559"
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
        "89"
      ],
      "favorite_count" : "0",
      "id_str" : "2078760058094310559",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078760058094310559",
      "created_at" : "Sun Jul 19 08:33:14 +0000 2026",
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
            "2065713268651142152"
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
      "favorite_count" : "0",
      "id_str" : "2065713268651142152",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065713268651142152",
      "created_at" : "Sat Jun 13 08:29:57 +0000 2026",
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
            "1842666318198985787"
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
      "favorite_count" : "1",
      "id_str" : "1842666318198985787",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1842666318198985787",
      "created_at" : "Sat Oct 05 20:41:00 +0000 2024",
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
            "1789396623162506169"
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
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "1789396623162506169",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1789396623162506169",
      "created_at" : "Sat May 11 20:46:15 +0000 2024",
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
            "1802831092121543542"
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
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1802831092121543542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1802831092121543542",
      "created_at" : "Mon Jun 17 22:30:02 +0000 2024",
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
            "1834647106746011303"
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
        "88"
      ],
      "favorite_count" : "1",
      "id_str" : "1834647106746011303",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1834647106746011303",
      "created_at" : "Fri Sep 13 17:35:31 +0000 2024",
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
            "1774361494550740324"
          ],
          "editableUntil" : "2024-03-31T10:02:01.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1774361494550740324",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1774361494550740324",
      "created_at" : "Sun Mar 31 09:02:01 +0000 2024",
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
            "2000246034267624680"
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
        "63"
      ],
      "favorite_count" : "0",
      "id_str" : "2000246034267624680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2000246034267624680",
      "created_at" : "Sun Dec 14 16:46:32 +0000 2025",
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
            "2057364301020681917"
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
        "72"
      ],
      "favorite_count" : "1",
      "id_str" : "2057364301020681917",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2057364301020681917",
      "created_at" : "Thu May 21 07:34:08 +0000 2026",
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
            "2015709812359535497"
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
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "2015709812359535497",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2015709812359535497",
      "created_at" : "Mon Jan 26 08:54:04 +0000 2026",
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
            "2002731268438220597"
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
        "user_mentions" : [
          {
            "name" : "DutchLogistics",
            "screen_name" : "DutchLogistics",
            "indices" : [
              "60",
              "75"
            ],
            "id_str" : "954499171177620174",
            "id" : "954499171177620174"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "2002731268438220597",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2002731268438220597",
      "created_at" : "Sun Dec 21 13:21:58 +0000 2025",
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
            "1860599819928342424"
          ],
          "editableUntil" : "2024-11-24T09:22:20.000Z",
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
      "id_str" : "1860599819928342424",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1860599819928342424",
      "created_at" : "Sun Nov 24 08:22:20 +0000 2024",
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
            "1936843865454194561"
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
        "41"
      ],
      "favorite_count" : "0",
      "id_str" : "1936843865454194561",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936843865454194561",
      "created_at" : "Sun Jun 22 17:48:57 +0000 2025",
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
            "2118425440026122092"
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
      "id_str" : "2118425440026122092",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2118425440026122092",
      "created_at" : "Thu Nov 05 19:29:18 +0000 2026",
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
            "1913156839799277077"
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
        "58"
      ],
      "favorite_count" : "1",
      "id_str" : "1913156839799277077",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1913156839799277077",
      "created_at" : "Fri Apr 18 09:05:10 +0000 2025",
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
            "1885414345802745222"
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
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "5",
      "id_str" : "1885414345802745222",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1885414345802745222",
      "created_at" : "Fri Jan 31 19:46:24 +0000 2025",
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
            "1939950959721144575"
          ],
          "editableUntil" : "2025-07-01T08:35:26.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1939950959721144575",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939950959721144575",
      "created_at" : "Tue Jul 01 07:35:26 +0000 2025",
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
            "2036041378038046827"
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
        "79"
      ],
      "favorite_count" : "2",
      "id_str" : "2036041378038046827",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2036041378038046827",
      "created_at" : "Mon Mar 23 11:24:27 +0000 2026",
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
            "1750869856354371794"
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
        "33"
      ],
      "favorite_count" : "5",
      "id_str" : "1750869856354371794",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1750869856354371794",
      "created_at" : "Fri Jan 26 13:14:38 +0000 2024",
      "favorited" : false,
      "full_text" : "King's Day in orange, obviously 🧡",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1889917950361216468"
          ],
          "editableUntil" : "2025-02-13T07:02:07.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1889917950361216468",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1889917950361216468",
      "created_at" : "Thu Feb 13 06:02:07 +0000 2025",
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
            "2003428504370638339"
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
        "61"
      ],
      "favorite_count" : "2",
      "id_str" : "2003428504370638339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2003428504370638339",
      "created_at" : "Tue Dec 23 11:32:32 +0000 2025",
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
            "2085976836273754566"
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
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "82"
      ],
      "favorite_count" : "8",
      "id_str" : "2085976836273754566",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2085976836273754566",
      "created_at" : "Sat Aug 08 06:30:08 +0000 2026",
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
            "1999920031989373532"
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
        "53"
      ],
      "favorite_count" : "1",
      "id_str" : "1999920031989373532",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999920031989373532",
      "created_at" : "Sat Dec 13 19:11:07 +0000 2025",
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
            "1894148392482220005"
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
        "61"
      ],
      "favorite_count" : "8",
      "id_str" : "1894148392482220005",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1894148392482220005",
      "created_at" : "Mon Feb 24 22:12:23 +0000 2025",
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
            "1979527736983928784"
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
        "87"
      ],
      "favorite_count" : "3",
      "id_str" : "1979527736983928784",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1979527736983928784",
      "created_at" : "Sat Oct 18 12:39:25 +0000 2025",
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
            "1961393646859857648"
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
        "50"
      ],
      "favorite_count" : "0",
      "id_str" : "1961393646859857648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1961393646859857648",
      "created_at" : "Fri Aug 29 11:41:01 +0000 2025",
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
            "1935738913814023305"
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
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "1935738913814023305",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935738913814023305",
      "created_at" : "Thu Jun 19 16:38:16 +0000 2025",
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
            "2011011277521036818"
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
        "85"
      ],
      "favorite_count" : "3",
      "id_str" : "2011011277521036818",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2011011277521036818",
      "created_at" : "Tue Jan 13 09:43:46 +0000 2026",
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
            "1818604254659216788"
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
        "84"
      ],
      "favorite_count" : "0",
      "id_str" : "1818604254659216788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1818604254659216788",
      "created_at" : "Wed Jul 31 11:06:57 +0000 2024",
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
            "1974883916839845421"
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
        "81"
      ],
      "favorite_count" : "5",
      "id_str" : "1974883916839845421",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1974883916839845421",
      "created_at" : "Sun Oct 05 17:06:32 +0000 2025",
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
            "1721791023545124203"
          ],
          "editableUntil" : "2023-11-07T08:25:44.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1721791023545124203",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1721791023545124203",
      "created_at" : "Tue Nov 07 07:25:44 +0000 2023",
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
            "1837963136072297770"
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
        "73"
      ],
      "favorite_count" : "0",
      "id_str" : "1837963136072297770",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1837963136072297770",
      "created_at" : "Sun Sep 22 21:12:14 +0000 2024",
      "favorited" : false,
      "full_text" : "First time at a Dutch birthday circle. Congratulated everyone. Nailed it.",
      "lang" : "en"
    }
  }
]