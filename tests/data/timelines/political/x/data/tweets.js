window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048405888434897843"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-04-26T15:16:36.000Z",
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
      "id_str" : "2048405888434897843",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2048405888434897843",
      "created_at" : "Sun Apr 26 14:16:36 +0000 2026",
      "favorited" : false,
      "full_text" : "PSV wint weer, mooie wedstrijd",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948865416002448175"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-25T22:58:18.000Z",
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
      "id_str" : "1948865416002448175",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948865416002448175",
      "created_at" : "Fri Jul 25 21:58:18 +0000 2025",
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
            "1991338544726191949"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-11-20T03:51:21.000Z",
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
      "id_str" : "1991338544726191949",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991338544726191949",
      "created_at" : "Thu Nov 20 02:51:21 +0000 2025",
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
            "1788733277208718902"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-05-10T01:50:21.000Z",
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
        "50"
      ],
      "favorite_count" : "1",
      "id_str" : "1788733277208718902",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788733277208718902",
      "created_at" : "Fri May 10 00:50:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Wilders moet zich diep schamen voor die uitspraken",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1792675348347292111"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-05-20T22:54:44.000Z",
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
      "id_str" : "1792675348347292111",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1792675348347292111",
      "created_at" : "Mon May 20 21:54:44 +0000 2024",
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
            "1682634930779560717"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2023-07-22T07:13:24.000Z",
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
      "id_str" : "1682634930779560717",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1682634930779560717",
      "created_at" : "Sat Jul 22 06:13:24 +0000 2023",
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
            "1891562272719094216"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-02-17T19:56:04.000Z",
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
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "1891562272719094216",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1891562272719094216",
      "created_at" : "Mon Feb 17 18:56:04 +0000 2025",
      "favorited" : false,
      "full_text" : "Die verkiezingsbeloftes van de PVV over de zorg, daar komt niks van terecht",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067889848187098884"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-06-19T09:38:54.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2067889848187098884",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2067889848187098884",
      "created_at" : "Fri Jun 19 08:38:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Boek uit: aanrader voor iedereen die van thrillers houdt",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1919277973502520440"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-05T07:28:22.000Z",
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
        "46"
      ],
      "favorite_count" : "1",
      "id_str" : "1919277973502520440",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919277973502520440",
      "created_at" : "Mon May 05 06:28:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Het asielbeleid van dit kabinet is een schande",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1915540894776336221"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-04-24T23:58:33.000Z",
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
      "id_str" : "1915540894776336221",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1915540894776336221",
      "created_at" : "Thu Apr 24 22:58:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Lid van de SP sinds 2015 en trots daarop",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1852591622716312308"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-11-02T07:00:37.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1852591622716312308",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1852591622716312308",
      "created_at" : "Sat Nov 02 06:00:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Goed debat in de Tweede Kamer over de zorg",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1918131758301621705"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-02T03:33:43.000Z",
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
      "id_str" : "1918131758301621705",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1918131758301621705",
      "created_at" : "Fri May 02 02:33:43 +0000 2025",
      "favorited" : false,
      "full_text" : "BBB de grootste in de provincie? Had ik niet verwacht",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1701243073723194246"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2023-09-11T15:35:31.000Z",
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
      "id_str" : "1701243073723194246",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1701243073723194246",
      "created_at" : "Mon Sep 11 14:35:31 +0000 2023",
      "favorited" : false,
      "full_text" : "De VVD heeft er een potje van gemaakt met de woningmarkt",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1830183859778749131"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-09-01T11:00:10.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1830183859778749131",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1830183859778749131",
      "created_at" : "Sun Sep 01 10:00:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Ga stemmen morgen! Maakt niet uit op wie, als je maar gaat 🗳️",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1713536704574397378"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2023-10-15T13:46:01.000Z",
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
      "id_str" : "1713536704574397378",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1713536704574397378",
      "created_at" : "Sun Oct 15 12:46:01 +0000 2023",
      "favorited" : false,
      "full_text" : "Het kabinet valt alweer. Wat een circus in Den Haag",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054473586701647001"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-05-13T09:07:28.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2054473586701647001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054473586701647001",
      "created_at" : "Wed May 13 08:07:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Terug van een weekje Texel, opgeladen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041446447576008828"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-04-07T10:22:16.000Z",
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
      "id_str" : "2041446447576008828",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041446447576008828",
      "created_at" : "Tue Apr 07 09:22:16 +0000 2026",
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
            "1944037507857389006"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-12T15:13:55.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1944037507857389006",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944037507857389006",
      "created_at" : "Sat Jul 12 14:13:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Het stikstofbeleid is een puinhoop, boeren verdienen duidelijkheid",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1924787250528920466"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-20T12:20:16.000Z",
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
        "46"
      ],
      "favorite_count" : "0",
      "id_str" : "1924787250528920466",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1924787250528920466",
      "created_at" : "Tue May 20 11:20:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Die minister snapt echt niks van de woningnood",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051956341604857775"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-05-06T10:24:50.000Z",
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
        "63"
      ],
      "favorite_count" : "2",
      "id_str" : "2051956341604857775",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2051956341604857775",
      "created_at" : "Wed May 06 09:24:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Premier moet nu echt eens duidelijkheid geven over de toeslagen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946661145670794265"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-19T20:59:19.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1946661145670794265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946661145670794265",
      "created_at" : "Sat Jul 19 19:59:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Teken de petitie tegen de bezuinigingen op de bibliotheek!",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1866715790439859432"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-12-11T06:25:01.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1866715790439859432",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1866715790439859432",
      "created_at" : "Wed Dec 11 05:25:01 +0000 2024",
      "favorited" : false,
      "full_text" : "Demonstratie op het Malieveld tegen de bezuinigingen op onderwijs. Ik was erbij",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1678654037161400284"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2023-07-11T07:34:45.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1678654037161400284",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1678654037161400284",
      "created_at" : "Tue Jul 11 06:34:45 +0000 2023",
      "favorited" : false,
      "full_text" : "Ik stem dit jaar op GroenLinks-PvdA, klimaat moet voorop",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070543810819817061"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-06-26T17:24:48.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2070543810819817061",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2070543810819817061",
      "created_at" : "Fri Jun 26 16:24:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Referendum over de Europese grondwet, weet iemand nog?",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2026298949367778838"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2026-02-24T15:11:31.000Z",
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
      "favorite_count" : "4",
      "id_str" : "2026298949367778838",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2026298949367778838",
      "created_at" : "Tue Feb 24 14:11:31 +0000 2026",
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
            "1978653639833752617"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-10-16T03:46:04.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1978653639833752617",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1978653639833752617",
      "created_at" : "Thu Oct 16 02:46:04 +0000 2025",
      "favorited" : false,
      "full_text" : "De oppositie slaapt. Waar is het debat?",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1946988280412763019"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-20T18:39:14.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1946988280412763019",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1946988280412763019",
      "created_at" : "Sun Jul 20 17:39:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Coalitieakkoord gelezen. Weinig over klimaat, jammer",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1854692239211662527"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-11-08T02:07:43.000Z",
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
      "id_str" : "1854692239211662527",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1854692239211662527",
      "created_at" : "Fri Nov 08 01:07:43 +0000 2024",
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
            "1971769801310630226"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-27T03:52:09.000Z",
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
      "id_str" : "1971769801310630226",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971769801310630226",
      "created_at" : "Sat Sep 27 02:52:09 +0000 2025",
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
            "1931766664656913428"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-06-08T18:33:58.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1931766664656913428",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1931766664656913428",
      "created_at" : "Sun Jun 08 17:33:58 +0000 2025",
      "favorited" : false,
      "full_text" : "Gemeenteraadsverkiezingen: ik sta op plek 9 voor D66",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967633441620572382"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-15T17:55:44.000Z",
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
        "65"
      ],
      "favorite_count" : "1",
      "id_str" : "1967633441620572382",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967633441620572382",
      "created_at" : "Mon Sep 15 16:55:44 +0000 2025",
      "favorited" : false,
      "full_text" : "Politici die nooit hun beloftes nakomen, ik word er moedeloos van",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1967009043972737084"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-14T00:34:36.000Z",
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
      "id_str" : "1967009043972737084",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1967009043972737084",
      "created_at" : "Sat Sep 13 23:34:36 +0000 2025",
      "favorited" : false,
      "full_text" : "Met de hond naar de hei, heerlijk rustig",
      "lang" : "nl"
    }
  }
]