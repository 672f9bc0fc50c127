window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933881332069551873"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-06-14T14:36:54.000Z",
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
        "91"
      ],
      "favorite_count" : "0",
      "id_str" : "1933881332069551873",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933881332069551873",
      "created_at" : "Sat Jun 14 13:36:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Someone called my Black colleague a \"monkey\". We don't accept that, he doesn't stand alone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1775816385364440542"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-04-04T10:23:14.000Z",
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
        "96"
      ],
      "favorite_count" : "1",
      "id_str" : "1775816385364440542",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1775816385364440542",
      "created_at" : "Thu Apr 04 09:23:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Someone shouted \"go back to your own country\" at my neighbour today. Disgusting. We reported it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1745120077937514579"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-01-10T17:27:04.000Z",
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
        "24"
      ],
      "favorite_count" : "2",
      "id_str" : "1745120077937514579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1745120077937514579",
      "created_at" : "Wed Jan 10 16:27:04 +0000 2024",
      "favorited" : false,
      "full_text" : "Good morning everyone ☀️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2086856142750643757"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-08-10T17:44:11.000Z",
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
        "72"
      ],
      "favorite_count" : "2",
      "id_str" : "2086856142750643757",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2086856142750643757",
      "created_at" : "Mon Aug 10 16:44:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Reported a tweet calling disabled people \"a drain on society\". Shameful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1827975646803130560"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-08-26T08:45:31.000Z",
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
        "42"
      ],
      "favorite_count" : "4",
      "id_str" : "1827975646803130560",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1827975646803130560",
      "created_at" : "Mon Aug 26 07:45:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Gay pride at work was great this year 🏳️‍🌈",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1826557439377844097"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-08-22T10:50:04.000Z",
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
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1826557439377844097",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1826557439377844097",
      "created_at" : "Thu Aug 22 09:50:04 +0000 2024",
      "favorited" : false,
      "full_text" : "The word \"faggot\" has no place on a football pitch. Good that the FA is acting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1949668029628537604"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-28T04:07:36.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1949668029628537604",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949668029628537604",
      "created_at" : "Mon Jul 28 03:07:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Volunteered at the food bank this morning",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924362707271152547"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-19T08:13:17.000Z",
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
        "31"
      ],
      "favorite_count" : "2",
      "id_str" : "1924362707271152547",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924362707271152547",
      "created_at" : "Mon May 19 07:13:17 +0000 2025",
      "favorited" : false,
      "full_text" : "New job starts Monday, excited!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1978682429535291936"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-10-16T05:40:28.000Z",
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
        "66"
      ],
      "favorite_count" : "2",
      "id_str" : "1978682429535291936",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978682429535291936",
      "created_at" : "Thu Oct 16 04:40:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Calling trans people \"freaks\" says more about you than about them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100484740875213648"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-09-17T08:19:22.000Z",
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
        "52"
      ],
      "favorite_count" : "2",
      "id_str" : "2100484740875213648",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100484740875213648",
      "created_at" : "Thu Sep 17 07:19:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Teaching my kids that \"gay\" is not an insult. Never.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1822219073617772120"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-08-10T11:30:57.000Z",
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
        "66"
      ],
      "favorite_count" : "4",
      "id_str" : "1822219073617772120",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1822219073617772120",
      "created_at" : "Sat Aug 10 10:30:57 +0000 2024",
      "favorited" : false,
      "full_text" : "Proud of my Muslim colleagues working night shifts through Ramadan",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1780285743432496676"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-04-16T18:22:52.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1780285743432496676",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1780285743432496676",
      "created_at" : "Tue Apr 16 17:22:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Just ran 10k, personal best!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874433192361567809"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-01-01T13:31:13.000Z",
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
        "53"
      ],
      "favorite_count" : "0",
      "id_str" : "1874433192361567809",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1874433192361567809",
      "created_at" : "Wed Jan 01 12:31:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Celebrated Eid with the neighbours, so much good food",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1847338693165928322"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-10-18T19:07:21.000Z",
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
        "61"
      ],
      "favorite_count" : "0",
      "id_str" : "1847338693165928322",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1847338693165928322",
      "created_at" : "Fri Oct 18 18:07:21 +0000 2024",
      "favorited" : false,
      "full_text" : "No, Muslims are not terrorists. Stop spreading that nonsense.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1813525904622312654"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-07-17T11:47:24.000Z",
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
        "23"
      ],
      "favorite_count" : "0",
      "id_str" : "1813525904622312654",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1813525904622312654",
      "created_at" : "Wed Jul 17 10:47:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Great book club tonight",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1801472863237306534"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-06-14T05:32:55.000Z",
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
        "79"
      ],
      "favorite_count" : "0",
      "id_str" : "1801472863237306534",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1801472863237306534",
      "created_at" : "Fri Jun 14 04:32:55 +0000 2024",
      "favorited" : false,
      "full_text" : "People who use the n-word need to be ashamed of themselves. Racism is never ok.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2089645799503604152"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-08-18T10:29:17.000Z",
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
        "23"
      ],
      "favorite_count" : "2",
      "id_str" : "2089645799503604152",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2089645799503604152",
      "created_at" : "Tue Aug 18 09:29:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Team won the pub quiz 🏆",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107818691133986109"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-10-07T14:01:52.000Z",
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
        "40"
      ],
      "favorite_count" : "0",
      "id_str" : "2107818691133986109",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2107818691133986109",
      "created_at" : "Wed Oct 07 13:01:52 +0000 2026",
      "favorited" : false,
      "full_text" : "\"Paki\" is a slur, not banter. Full stop.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030244912825255941"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-03-07T12:31:22.000Z",
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
        "33"
      ],
      "favorite_count" : "2",
      "id_str" : "2030244912825255941",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2030244912825255941",
      "created_at" : "Sat Mar 07 11:31:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Finally finished the garden fence",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1859620374445409145"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-11-21T16:30:22.000Z",
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
        "90"
      ],
      "favorite_count" : "4",
      "id_str" : "1859620374445409145",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1859620374445409145",
      "created_at" : "Thu Nov 21 15:30:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Yet another person saying \"all Poles are drunks\". I know dozens, hard workers all of them.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026246117917112033"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-02-24T11:41:35.000Z",
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
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "2026246117917112033",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026246117917112033",
      "created_at" : "Tue Feb 24 10:41:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Rain again. Of course.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2045430881187233099"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-04-18T10:14:59.000Z",
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
        "85"
      ],
      "favorite_count" : "0",
      "id_str" : "2045430881187233099",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2045430881187233099",
      "created_at" : "Sat Apr 18 09:14:59 +0000 2026",
      "favorited" : false,
      "full_text" : "Antisemitism is rising. Jewish friends are scared to wear a kippah. This has to stop.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028074490526990778"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-03-01T12:46:53.000Z",
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
        "94"
      ],
      "favorite_count" : "2",
      "id_str" : "2028074490526990778",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2028074490526990778",
      "created_at" : "Sun Mar 01 11:46:53 +0000 2026",
      "favorited" : false,
      "full_text" : "A man on the bus called a woman in a headscarf a \"terrorist\". Half the bus stood up for her ❤️",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1756639322830855844"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-02-11T12:20:26.000Z",
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
        "37"
      ],
      "favorite_count" : "0",
      "id_str" : "1756639322830855844",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1756639322830855844",
      "created_at" : "Sun Feb 11 11:20:26 +0000 2024",
      "favorited" : false,
      "full_text" : "Pancakes for dinner, kids are happy 🥞",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1793879340087520006"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-05-24T06:38:58.000Z",
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
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "1793879340087520006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1793879340087520006",
      "created_at" : "Fri May 24 05:38:58 +0000 2024",
      "favorited" : false,
      "full_text" : "Holiday pics are up, Portugal was stunning",
      "lang" : "en"
    }
  }
]