window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064268855212208001"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-06-09T09:50:22.000Z",
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
        "57"
      ],
      "favorite_count" : "0",
      "id_str" : "2064268855212208001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2064268855212208001",
      "created_at" : "Tue Jun 09 08:50:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Perronwijziging op het laatste moment, sprintje getrokken",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1842306677604505206"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-10-04T21:51:55.000Z",
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
        "47"
      ],
      "favorite_count" : "1",
      "id_str" : "1842306677604505206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1842306677604505206",
      "created_at" : "Fri Oct 04 20:51:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Regen, regen en nog eens regen. Ik mis de zomer",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858257712182593841"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-11-17T22:15:38.000Z",
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
        "48"
      ],
      "favorite_count" : "1",
      "id_str" : "1858257712182593841",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1858257712182593841",
      "created_at" : "Sun Nov 17 21:15:38 +0000 2024",
      "favorited" : false,
      "full_text" : "File op de A2 bij Vianen, sta al 40 minuten stil",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966305692744956900"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-12T01:59:44.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1966305692744956900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966305692744956900",
      "created_at" : "Fri Sep 12 00:59:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Wegwerkzaamheden op de A27 tot december. Lekker dan.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766428618652555476"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-03-09T12:39:36.000Z",
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
      "id_str" : "1766428618652555476",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1766428618652555476",
      "created_at" : "Sat Mar 09 11:39:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Goedemorgen allemaal ☀️",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1933115334722037643"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-06-12T11:53:06.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1933115334722037643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1933115334722037643",
      "created_at" : "Thu Jun 12 10:53:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Verjaardag van mijn zus, taart gebakken 🎂",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051014523222507144"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-05-03T20:02:23.000Z",
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
        "51"
      ],
      "favorite_count" : "4",
      "id_str" : "2051014523222507144",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051014523222507144",
      "created_at" : "Sun May 03 19:02:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Sneeuwchaos op de wegen, iedereen rijdt als een gek",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923940655432050633"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-18T04:16:12.000Z",
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
        "47"
      ],
      "favorite_count" : "4",
      "id_str" : "1923940655432050633",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923940655432050633",
      "created_at" : "Sun May 18 03:16:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Storm vannacht, halve schutting ligt in de tuin",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1810611668646506094"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-07-09T10:47:16.000Z",
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
        "56"
      ],
      "favorite_count" : "4",
      "id_str" : "1810611668646506094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1810611668646506094",
      "created_at" : "Tue Jul 09 09:47:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Trein uitgevallen, bus vol. Heerlijk begin van de week 🙄",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910738848710073919"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-04-11T17:56:56.000Z",
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
        "54"
      ],
      "favorite_count" : "1",
      "id_str" : "1910738848710073919",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910738848710073919",
      "created_at" : "Fri Apr 11 16:56:56 +0000 2025",
      "favorited" : false,
      "full_text" : "Seinstoring bij Amersfoort. Natuurlijk weer op maandag",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1872297712811347463"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-12-26T16:05:35.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1872297712811347463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1872297712811347463",
      "created_at" : "Thu Dec 26 15:05:35 +0000 2024",
      "favorited" : false,
      "full_text" : "Met de hond naar de hei, heerlijk rustig",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100617633199262739"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-09-17T17:07:26.000Z",
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
        "51"
      ],
      "favorite_count" : "0",
      "id_str" : "2100617633199262739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100617633199262739",
      "created_at" : "Thu Sep 17 16:07:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Fietspad afgesloten en geen omleiding. Top geregeld",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1972730959623892094"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-29T19:31:27.000Z",
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
        "36"
      ],
      "favorite_count" : "0",
      "id_str" : "1972730959623892094",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1972730959623892094",
      "created_at" : "Mon Sep 29 18:31:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Al drie dagen mist. Deprimerend weer",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1762372403722172141"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-02-27T08:01:39.000Z",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "NS",
            "indices" : [
              "47",
              "50"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "50"
      ],
      "favorite_count" : "2",
      "id_str" : "1762372403722172141",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1762372403722172141",
      "created_at" : "Tue Feb 27 07:01:39 +0000 2024",
      "favorited" : false,
      "full_text" : "Weer een uur vertraging bij Utrecht Centraal 😤 #NS",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907728030499692509"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-04-03T10:33:01.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1907728030499692509",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907728030499692509",
      "created_at" : "Thu Apr 03 09:33:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Nieuwe serie ontdekt, hele avond gekeken",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908799268320455229"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-04-06T09:29:44.000Z",
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
        "32"
      ],
      "favorite_count" : "2",
      "id_str" : "1908799268320455229",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908799268320455229",
      "created_at" : "Sun Apr 06 08:29:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Tuin weer netjes, nu een biertje",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1795124343733013444"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-05-27T17:06:10.000Z",
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
        "18"
      ],
      "favorite_count" : "0",
      "id_str" : "1795124343733013444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1795124343733013444",
      "created_at" : "Mon May 27 16:06:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Eindelijk weekend!",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1790528279936751412"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-05-15T00:43:03.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1790528279936751412",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1790528279936751412",
      "created_at" : "Tue May 14 23:43:03 +0000 2024",
      "favorited" : false,
      "full_text" : "Wie weet een goede fietsenmaker in Breda?",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1772773124211507743"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-03-27T00:50:24.000Z",
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
      "id_str" : "1772773124211507743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1772773124211507743",
      "created_at" : "Tue Mar 26 23:50:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Vanavond pannenkoeken, de kids zijn blij 🥞",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113637038029478391"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-10-23T15:21:54.000Z",
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
        "58"
      ],
      "favorite_count" : "0",
      "id_str" : "2113637038029478391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2113637038029478391",
      "created_at" : "Fri Oct 23 14:21:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Tweede storing deze week bij Den Bosch. Ik word er moe van",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1890792294974152810"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-02-15T16:56:27.000Z",
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
        "39"
      ],
      "favorite_count" : "1",
      "id_str" : "1890792294974152810",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1890792294974152810",
      "created_at" : "Sat Feb 15 15:56:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Koffie nummer drie en het is pas 10 uur",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114131034767892912"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-10-25T00:04:52.000Z",
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
      "id_str" : "2114131034767892912",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2114131034767892912",
      "created_at" : "Sat Oct 24 23:04:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Onweer precies als ik naar huis fiets ⛈️",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044171684020099609"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-04-14T22:51:23.000Z",
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
        "55"
      ],
      "favorite_count" : "4",
      "id_str" : "2044171684020099609",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2044171684020099609",
      "created_at" : "Tue Apr 14 21:51:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Bus reed gewoon 5 minuten te vroeg weg. Wie bedenkt dat",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942834711495482262"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-09T07:34:26.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1942834711495482262",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942834711495482262",
      "created_at" : "Wed Jul 09 06:34:26 +0000 2025",
      "favorited" : false,
      "full_text" : "De NS-app zegt op tijd, ik zie de trein zonder mij vertrekken",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068266240832510184"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-06-20T10:34:33.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2068266240832510184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068266240832510184",
      "created_at" : "Sat Jun 20 09:34:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Vlucht naar Lissabon 3 uur vertraagd, nog steeds op Schiphol",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948546133000773854"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-25T01:49:35.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1948546133000773854",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948546133000773854",
      "created_at" : "Fri Jul 25 00:49:35 +0000 2025",
      "favorited" : false,
      "full_text" : "Hagel in mei?? Nederland",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013577155575782712"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-01-20T12:39:39.000Z",
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
        "44"
      ],
      "favorite_count" : "4",
      "id_str" : "2013577155575782712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013577155575782712",
      "created_at" : "Tue Jan 20 11:39:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Sprinter weer 15 minuten te laat. Elke. Dag.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2016491454464194891"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-01-28T13:40:02.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2016491454464194891",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2016491454464194891",
      "created_at" : "Wed Jan 28 12:40:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Wat een kutweer weer vandaag",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063978563240690255"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-06-08T14:36:51.000Z",
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
        "49"
      ],
      "favorite_count" : "4",
      "id_str" : "2063978563240690255",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2063978563240690255",
      "created_at" : "Mon Jun 08 13:36:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Hittegolf en de airco in de trein doet het niet 🥵",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2017836320291805373"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-02-01T06:44:03.000Z",
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
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "2017836320291805373",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2017836320291805373",
      "created_at" : "Sun Feb 01 05:44:03 +0000 2026",
      "favorited" : false,
      "full_text" : "PSV wint weer, mooie wedstrijd",
      "lang" : "nl"
    }
  }
]