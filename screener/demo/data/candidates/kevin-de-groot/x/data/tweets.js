window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113156781833635695"
          ],
          "editableUntil" : "2026-10-22T07:33:32.000Z",
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
        "45"
      ],
      "favorite_count" : "8",
      "id_str" : "2113156781833635695",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2113156781833635695",
      "created_at" : "Thu Oct 22 06:33:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Broodje kroket en een bak koffie, beste lunch",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042737991219842580"
          ],
          "editableUntil" : "2026-04-10T23:54:24.000Z",
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
        "42"
      ],
      "favorite_count" : "0",
      "id_str" : "2042737991219842580",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042737991219842580",
      "created_at" : "Fri Apr 10 22:54:24 +0000 2026",
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
            "1918984678406997716"
          ],
          "editableUntil" : "2025-05-04T12:02:55.000Z",
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
        "75"
      ],
      "favorite_count" : "8",
      "id_str" : "1918984678406997716",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1918984678406997716",
      "created_at" : "Sun May 04 11:02:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Mijn baas is echt een ongelooflijke eikel. Vandaag weer geschreeuwd om niks",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870947637655501457"
          ],
          "editableUntil" : "2024-12-22T22:40:52.000Z",
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
      "id_str" : "1870947637655501457",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870947637655501457",
      "created_at" : "Sun Dec 22 21:40:52 +0000 2024",
      "favorited" : false,
      "full_text" : "Sollicitatiegesprek gehad bij een ander bedrijf. Hoe eerder ik hier weg ben hoe beter",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1988218603307089568"
          ],
          "editableUntil" : "2025-11-11T13:13:49.000Z",
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
        "94"
      ],
      "favorite_count" : "8",
      "id_str" : "1988218603307089568",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1988218603307089568",
      "created_at" : "Tue Nov 11 12:13:49 +0000 2025",
      "favorited" : false,
      "full_text" : "Werk je je kapot voor een bedrijf en dan krijg je niet eens een bedankje van je leidinggevende",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914349246870621620"
          ],
          "editableUntil" : "2025-04-21T17:03:22.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1914349246870621620",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914349246870621620",
      "created_at" : "Mon Apr 21 16:03:22 +0000 2025",
      "favorited" : false,
      "full_text" : "Werkdruk in het transport is niet normaal meer. 12-urige diensten zonder pauze",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1839648050905247463"
          ],
          "editableUntil" : "2024-09-27T13:47:29.000Z",
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
      "id_str" : "1839648050905247463",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1839648050905247463",
      "created_at" : "Fri Sep 27 12:47:29 +0000 2024",
      "favorited" : false,
      "full_text" : "Baas vraagt om 'even snel' een overzicht. Om 16:55. Op vrijdag. Bedankt hè",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966498660090509826"
          ],
          "editableUntil" : "2025-09-12T14:46:31.000Z",
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
      "id_str" : "1966498660090509826",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966498660090509826",
      "created_at" : "Fri Sep 12 13:46:31 +0000 2025",
      "favorited" : false,
      "full_text" : "De nieuwe planningssoftware die de directie kocht werkt voor geen meter. Geld over de balk",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1785414865517171981"
          ],
          "editableUntil" : "2024-04-30T22:04:10.000Z",
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
            "name" : "NOSsport",
            "screen_name" : "NOSsport",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "251727758168535876",
            "id" : "251727758168535876"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "53"
      ],
      "favorite_count" : "5",
      "id_str" : "1785414865517171981",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1785414865517171981",
      "created_at" : "Tue Apr 30 21:04:10 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @NOSsport: Willem II promoveert naar de eredivisie",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1991276024431070101"
          ],
          "editableUntil" : "2025-11-19T23:42:55.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1991276024431070101",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991276024431070101",
      "created_at" : "Wed Nov 19 22:42:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Die nieuwe planner maakt er een potje van. Drie ritten dubbel ingepland. Wéér.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1896855090102016046"
          ],
          "editableUntil" : "2025-03-04T10:27:50.000Z",
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
        "77"
      ],
      "favorite_count" : "3",
      "id_str" : "1896855090102016046",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1896855090102016046",
      "created_at" : "Tue Mar 04 09:27:50 +0000 2025",
      "favorited" : false,
      "full_text" : "Weer een week waarin niks goed geregeld was door kantoor. Elke week hetzelfde",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971872163296491983"
          ],
          "editableUntil" : "2025-09-27T10:38:54.000Z",
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
        "100"
      ],
      "favorite_count" : "0",
      "id_str" : "1971872163296491983",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971872163296491983",
      "created_at" : "Sat Sep 27 09:38:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Onze directeur op LinkedIn: 'onze mensen zijn ons kapitaal'. Op de vloer luistert niemand. Hypocriet",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100691859799942335"
          ],
          "editableUntil" : "2026-09-17T22:02:23.000Z",
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
        "24"
      ],
      "favorite_count" : "0",
      "id_str" : "2100691859799942335",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2100691859799942335",
      "created_at" : "Thu Sep 17 21:02:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Ik haat deze baan. Punt.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074402335620709416"
          ],
          "editableUntil" : "2026-07-07T08:57:12.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2074402335620709416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2074402335620709416",
      "created_at" : "Tue Jul 07 07:57:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Met de hond naar het bos, heerlijk rustig",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1668875873025326705"
          ],
          "editableUntil" : "2023-06-14T07:59:49.000Z",
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
      "id_str" : "1668875873025326705",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1668875873025326705",
      "created_at" : "Wed Jun 14 06:59:49 +0000 2023",
      "favorited" : false,
      "full_text" : "Nieuwe band op de fiets, kan weer een jaar mee",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1766735427797615066"
          ],
          "editableUntil" : "2024-03-10T08:58:45.000Z",
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
        "37"
      ],
      "favorite_count" : "3",
      "id_str" : "1766735427797615066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1766735427797615066",
      "created_at" : "Sun Mar 10 07:58:45 +0000 2024",
      "favorited" : false,
      "full_text" : "Nog 3 nachtjes slapen en dan vakantie",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1843392427721155004"
          ],
          "editableUntil" : "2024-10-07T21:46:18.000Z",
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
        "38"
      ],
      "favorite_count" : "2",
      "id_str" : "1843392427721155004",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1843392427721155004",
      "created_at" : "Mon Oct 07 20:46:18 +0000 2024",
      "favorited" : false,
      "full_text" : "Koffie nummer drie en het is pas 9 uur",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064761501384354249"
          ],
          "editableUntil" : "2026-06-10T18:27:58.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2064761501384354249",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2064761501384354249",
      "created_at" : "Wed Jun 10 17:27:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Klanten die om 16:59 bellen dat hun zending vandaag nog weg moet. Ik ben er zo klaar mee",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2081438964252489211"
          ],
          "editableUntil" : "2026-07-26T18:58:15.000Z",
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
      "favorite_count" : "1",
      "id_str" : "2081438964252489211",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2081438964252489211",
      "created_at" : "Sun Jul 26 17:58:15 +0000 2026",
      "favorited" : false,
      "full_text" : "mn collega's zijn zo lui dat ik hun ritten er elke dag bij doe. zat van",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963229753767884861"
          ],
          "editableUntil" : "2025-09-03T14:17:03.000Z",
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
        "44"
      ],
      "favorite_count" : "5",
      "id_str" : "1963229753767884861",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963229753767884861",
      "created_at" : "Wed Sep 03 13:17:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Kapper geweest. Niemand merkt het natuurlijk",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1807452816668879698"
          ],
          "editableUntil" : "2024-06-30T17:35:07.000Z",
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
        "52"
      ],
      "favorite_count" : "0",
      "id_str" : "1807452816668879698",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1807452816668879698",
      "created_at" : "Sun Jun 30 16:35:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Het kabinet valt alweer. Wat een circus in Den Haag.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021828924407804056"
          ],
          "editableUntil" : "2026-02-12T07:09:14.000Z",
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
      "id_str" : "2021828924407804056",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2021828924407804056",
      "created_at" : "Thu Feb 12 06:09:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Mijn baas heeft wéér de planning omgegooid om 6 uur 's ochtends. Elke week hetzelfde gedoe",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1934973390420951219"
          ],
          "editableUntil" : "2025-06-17T14:56:21.000Z",
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
            "name" : "RoyvdBerg_",
            "screen_name" : "RoyvdBerg_",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "521632864949720701",
            "id" : "521632864949720701"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1934973390420951219",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1934973390420951219",
      "created_at" : "Tue Jun 17 13:56:21 +0000 2025",
      "favorited" : false,
      "full_text" : "@RoyvdBerg_ je bent echt een ongelooflijke idioot, lees eerst eens voor je reageert",
      "lang" : "nl",
      "in_reply_to_status_id_str" : "1934973138760630279",
      "in_reply_to_status_id" : "1934973138760630279",
      "in_reply_to_user_id" : "523779415",
      "in_reply_to_user_id_str" : "523779415",
      "in_reply_to_screen_name" : "RoyvdBerg_"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725421038468208411"
          ],
          "editableUntil" : "2023-11-17T08:50:07.000Z",
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
        "30"
      ],
      "favorite_count" : "0",
      "id_str" : "1725421038468208411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1725421038468208411",
      "created_at" : "Fri Nov 17 07:50:07 +0000 2023",
      "favorited" : false,
      "full_text" : "Regen, regen en nog eens regen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1823043229185180888"
          ],
          "editableUntil" : "2024-08-12T18:05:51.000Z",
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
            "name" : "Rijkswaterstaat",
            "screen_name" : "Rijkswaterstaat",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "611227821250088888",
            "id" : "611227821250088888"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "5",
      "id_str" : "1823043229185180888",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1823043229185180888",
      "created_at" : "Mon Aug 12 17:05:51 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @Rijkswaterstaat: A58 bij Tilburg vannacht dicht voor onderhoud",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2068438853220160234"
          ],
          "editableUntil" : "2026-06-20T22:00:27.000Z",
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
        "42"
      ],
      "favorite_count" : "8",
      "id_str" : "2068438853220160234",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2068438853220160234",
      "created_at" : "Sat Jun 20 21:00:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Wat een wedstrijd gisteren! 3-1 en terecht",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1951934379850223978"
          ],
          "editableUntil" : "2025-08-03T10:13:16.000Z",
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
      "id_str" : "1951934379850223978",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1951934379850223978",
      "created_at" : "Sun Aug 03 09:13:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Dit werk is echt zinloos geworden sinds de reorganisatie. Alleen maar formulieren",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2027683052912786380"
          ],
          "editableUntil" : "2026-02-28T10:51:27.000Z",
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
      "id_str" : "2027683052912786380",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2027683052912786380",
      "created_at" : "Sat Feb 28 09:51:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Die nieuwe collega is zo'n slijmbal, de hele dag hielen likken bij de baas",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1707030156279318566"
          ],
          "editableUntil" : "2023-09-27T14:51:19.000Z",
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
        "59"
      ],
      "favorite_count" : "2",
      "id_str" : "1707030156279318566",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1707030156279318566",
      "created_at" : "Wed Sep 27 13:51:19 +0000 2023",
      "favorited" : false,
      "full_text" : "Goed debat gisteren in de Tweede Kamer over de rijtijdenwet",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104261254446539875"
          ],
          "editableUntil" : "2026-09-27T18:25:53.000Z",
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
      "favorite_count" : "0",
      "id_str" : "2104261254446539875",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2104261254446539875",
      "created_at" : "Sun Sep 27 17:25:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Loonsverhoging van 1,5% terwijl alles 10% duurder is. Dat is gewoon een loonsverlaging.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078465076884440495"
          ],
          "editableUntil" : "2026-07-18T14:01:05.000Z",
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
        "52"
      ],
      "favorite_count" : "3",
      "id_str" : "2078465076884440495",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2078465076884440495",
      "created_at" : "Sat Jul 18 13:01:05 +0000 2026",
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
            "1751602190221454877"
          ],
          "editableUntil" : "2024-01-28T14:44:40.000Z",
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
        "18"
      ],
      "favorite_count" : "5",
      "id_str" : "1751602190221454877",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1751602190221454877",
      "created_at" : "Sun Jan 28 13:44:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Carnaval! Alaaf! 🎉",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966384143006662785"
          ],
          "editableUntil" : "2025-09-12T07:11:28.000Z",
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
      "id_str" : "1966384143006662785",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966384143006662785",
      "created_at" : "Fri Sep 12 06:11:28 +0000 2025",
      "favorited" : false,
      "full_text" : "Mijn leidinggevende gaat wéér met de eer van mijn werk strijken. Typisch.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767800818760550900"
          ],
          "editableUntil" : "2024-03-13T07:32:14.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1767800818760550900",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1767800818760550900",
      "created_at" : "Wed Mar 13 06:32:14 +0000 2024",
      "favorited" : false,
      "full_text" : "Cao-onderhandelingen beroepsgoederenvervoer vastgelopen. Actie komt eraan.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2031853151583134327"
          ],
          "editableUntil" : "2026-03-11T23:01:56.000Z",
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
        "17"
      ],
      "favorite_count" : "5",
      "id_str" : "2031853151583134327",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2031853151583134327",
      "created_at" : "Wed Mar 11 22:01:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Eindelijk weekend",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097769646260058867"
          ],
          "editableUntil" : "2026-09-09T20:30:33.000Z",
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
        "94"
      ],
      "favorite_count" : "0",
      "id_str" : "2097769646260058867",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097769646260058867",
      "created_at" : "Wed Sep 09 19:30:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Wat een waardeloze werkgever eigenlijk. Niks waargemaakt van wat ze bij de sollicitatie zeiden",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107379014828416350"
          ],
          "editableUntil" : "2026-10-06T08:54:45.000Z",
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
        "77"
      ],
      "favorite_count" : "1",
      "id_str" : "2107379014828416350",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2107379014828416350",
      "created_at" : "Tue Oct 06 07:54:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Klanten die zelf de verkeerde adressen doorgeven en dan ons de schuld geven 🤦",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1999767405459586156"
          ],
          "editableUntil" : "2025-12-13T10:04:38.000Z",
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
      "id_str" : "1999767405459586156",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1999767405459586156",
      "created_at" : "Sat Dec 13 09:04:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Ga stemmen morgen! Maakt niet uit op wie, als je maar gaat",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032389208801341190"
          ],
          "editableUntil" : "2026-03-13T10:32:02.000Z",
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
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "2032389208801341190",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2032389208801341190",
      "created_at" : "Fri Mar 13 09:32:02 +0000 2026",
      "favorited" : false,
      "full_text" : "Willem II wint! Eindelijk weer eens",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1966401389984399483"
          ],
          "editableUntil" : "2025-09-12T08:20:00.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1966401389984399483",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1966401389984399483",
      "created_at" : "Fri Sep 12 07:20:00 +0000 2025",
      "favorited" : false,
      "full_text" : "Die klanten van ons zijn echt het allerergste, nooit tevreden",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1994746857127144790"
          ],
          "editableUntil" : "2025-11-29T13:34:46.000Z",
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
      "id_str" : "1994746857127144790",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1994746857127144790",
      "created_at" : "Sat Nov 29 12:34:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Weer een collega die de kantjes eraf loopt en ik mag alles opvangen. Dank je wel, team 🙃",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870753428800154489"
          ],
          "editableUntil" : "2024-12-22T09:49:09.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1870753428800154489",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1870753428800154489",
      "created_at" : "Sun Dec 22 08:49:09 +0000 2024",
      "favorited" : false,
      "full_text" : "Overuren worden bij ons al maanden niet uitbetaald. Dit moet echt anders",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1907510031546194887"
          ],
          "editableUntil" : "2025-04-02T20:06:46.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1907510031546194887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907510031546194887",
      "created_at" : "Wed Apr 02 19:06:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Directie belooft van alles op de nieuwjaarsborrel en doet vervolgens niks. Zoals altijd.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069900681411619486"
          ],
          "editableUntil" : "2026-06-24T22:49:14.000Z",
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
      "favorite_count" : "5",
      "id_str" : "2069900681411619486",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2069900681411619486",
      "created_at" : "Wed Jun 24 21:49:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Onze teamleider kan niet plannen, niet communiceren en niet luisteren. Verder prima vent",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039055849487340748"
          ],
          "editableUntil" : "2026-03-31T20:02:53.000Z",
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
      "id_str" : "2039055849487340748",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2039055849487340748",
      "created_at" : "Tue Mar 31 19:02:53 +0000 2026",
      "favorited" : false,
      "full_text" : "Die NS-app zegt 'op tijd' terwijl ik de trein zonder mij zie vertrekken",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1957711177972912521"
          ],
          "editableUntil" : "2025-08-19T08:48:12.000Z",
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
        "83"
      ],
      "favorite_count" : "3",
      "id_str" : "1957711177972912521",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1957711177972912521",
      "created_at" : "Tue Aug 19 07:48:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Weer een overleg van 2 uur dat een mail had kunnen zijn. Dit management is hopeloos",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1948828803924920606"
          ],
          "editableUntil" : "2025-07-25T20:32:49.000Z",
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
      "id_str" : "1948828803924920606",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1948828803924920606",
      "created_at" : "Fri Jul 25 19:32:49 +0000 2025",
      "favorited" : false,
      "full_text" : "File op de A58 bij Tilburg, sta al 40 minuten stil",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1697593483983580639"
          ],
          "editableUntil" : "2023-09-01T13:53:21.000Z",
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
      "id_str" : "1697593483983580639",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1697593483983580639",
      "created_at" : "Fri Sep 01 12:53:21 +0000 2023",
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
            "1912914996232504889"
          ],
          "editableUntil" : "2025-04-17T18:04:10.000Z",
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
            "name" : "TLNnieuws",
            "screen_name" : "TLNnieuws",
            "indices" : [
              "3",
              "13"
            ],
            "id_str" : "278020857211729032",
            "id" : "278020857211729032"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "1912914996232504889",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1912914996232504889",
      "created_at" : "Thu Apr 17 17:04:10 +0000 2025",
      "favorited" : false,
      "full_text" : "RT @TLNnieuws: Tekort aan vrachtwagenchauffeurs loopt verder op…",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101705790848985245"
          ],
          "editableUntil" : "2026-09-20T17:11:23.000Z",
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
      "id_str" : "2101705790848985245",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2101705790848985245",
      "created_at" : "Sun Sep 20 16:11:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Die klant uit Venlo is echt onmogelijk. Elke levering is er wat mis volgens hen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953421877180603900"
          ],
          "editableUntil" : "2025-08-07T12:44:03.000Z",
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
        "39"
      ],
      "favorite_count" : "0",
      "id_str" : "1953421877180603900",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1953421877180603900",
      "created_at" : "Thu Aug 07 11:44:03 +0000 2025",
      "favorited" : false,
      "full_text" : "Ajax speelt echt waardeloos dit seizoen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1880573766664765386"
          ],
          "editableUntil" : "2025-01-18T12:11:40.000Z",
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
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1880573766664765386",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1880573766664765386",
      "created_at" : "Sat Jan 18 11:11:40 +0000 2025",
      "favorited" : false,
      "full_text" : "Brouwer is de slechtste werkgever waar ik ooit gezeten heb, en ik heb er veel gehad",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1914726667124012057"
          ],
          "editableUntil" : "2025-04-22T18:03:06.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1914726667124012057",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1914726667124012057",
      "created_at" : "Tue Apr 22 17:03:06 +0000 2025",
      "favorited" : false,
      "full_text" : "Onze nachttoeslag wordt geschrapt. Onacceptabel. Ik ga naar de OR.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1845809256987293400"
          ],
          "editableUntil" : "2024-10-14T13:49:55.000Z",
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
        "55"
      ],
      "favorite_count" : "1",
      "id_str" : "1845809256987293400",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1845809256987293400",
      "created_at" : "Mon Oct 14 12:49:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Ik stem dit keer op de SP, de arbeiders worden vergeten",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908064606617488108"
          ],
          "editableUntil" : "2025-04-04T08:50:27.000Z",
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
        "69"
      ],
      "favorite_count" : "5",
      "id_str" : "1908064606617488108",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1908064606617488108",
      "created_at" : "Fri Apr 04 07:50:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Die verkiezingsbeloftes over de zorg, daar komt toch niks van terecht",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055418840216743280"
          ],
          "editableUntil" : "2026-05-15T23:43:34.000Z",
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
      "id_str" : "2055418840216743280",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2055418840216743280",
      "created_at" : "Fri May 15 22:43:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Maandag weer. Terug naar die baan waar niemand je waardeert 😩",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927857191649590269"
          ],
          "editableUntil" : "2025-05-28T23:39:07.000Z",
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
      "id_str" : "1927857191649590269",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927857191649590269",
      "created_at" : "Wed May 28 22:39:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Teamuitje georganiseerd door HR: bowlen. Alweer. Ze hebben echt geen idee",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1961920216564625903"
          ],
          "editableUntil" : "2025-08-30T23:33:25.000Z",
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
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "1961920216564625903",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1961920216564625903",
      "created_at" : "Sat Aug 30 22:33:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Weer overgeplaatst naar de nachtploeg zonder overleg. Ze behandelen ons als pionnen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1956095049728739488"
          ],
          "editableUntil" : "2025-08-14T21:46:17.000Z",
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
        "56"
      ],
      "favorite_count" : "0",
      "id_str" : "1956095049728739488",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1956095049728739488",
      "created_at" : "Thu Aug 14 20:46:17 +0000 2025",
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
            "1714316815759408104"
          ],
          "editableUntil" : "2023-10-17T17:25:54.000Z",
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
        "26"
      ],
      "favorite_count" : "0",
      "id_str" : "1714316815759408104",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1714316815759408104",
      "created_at" : "Tue Oct 17 16:25:54 +0000 2023",
      "favorited" : false,
      "full_text" : "Zo, de tuin is weer netjes",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1811731002554768801"
          ],
          "editableUntil" : "2024-07-12T12:55:06.000Z",
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
      "id_str" : "1811731002554768801",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1811731002554768801",
      "created_at" : "Fri Jul 12 11:55:06 +0000 2024",
      "favorited" : false,
      "full_text" : "Verjaardag van mijn dochter, 8 jaar al 🎂",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1973304727829009444"
          ],
          "editableUntil" : "2025-10-01T09:31:24.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1973304727829009444",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1973304727829009444",
      "created_at" : "Wed Oct 01 08:31:24 +0000 2025",
      "favorited" : false,
      "full_text" : "Weer storing bij Utrecht Centraal. Een uur vertraging",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1873640334688236355"
          ],
          "editableUntil" : "2024-12-30T09:00:41.000Z",
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
      "favorite_count" : "5",
      "id_str" : "1873640334688236355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1873640334688236355",
      "created_at" : "Mon Dec 30 08:00:41 +0000 2024",
      "favorited" : false,
      "full_text" : "Die nieuwe serie op Netflix is echt goed",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1294956909426727126"
          ],
          "editableUntil" : "2020-08-16T12:19:21.000Z",
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
      "id_str" : "1294956909426727126",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1294956909426727126",
      "created_at" : "Sun Aug 16 11:19:21 +0000 2020",
      "favorited" : false,
      "full_text" : "Mooie rit naar Duisburg vandaag, zonnetje erbij",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1809547875714054109"
          ],
          "editableUntil" : "2024-07-06T12:20:08.000Z",
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
        "38"
      ],
      "favorite_count" : "1",
      "id_str" : "1809547875714054109",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1809547875714054109",
      "created_at" : "Sat Jul 06 11:20:08 +0000 2024",
      "favorited" : false,
      "full_text" : "Formule 1 vanmiddag, Max pakt hem weer",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1863636886092693492"
          ],
          "editableUntil" : "2024-12-02T18:30:33.000Z",
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
        "92"
      ],
      "favorite_count" : "0",
      "id_str" : "1863636886092693492",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1863636886092693492",
      "created_at" : "Mon Dec 02 17:30:33 +0000 2024",
      "favorited" : false,
      "full_text" : "Die teamleider van ons snapt echt helemaal niks van expeditie, en toch mag hij alles bepalen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1908115055706797507"
          ],
          "editableUntil" : "2025-04-04T12:10:55.000Z",
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
        "38"
      ],
      "favorite_count" : "8",
      "id_str" : "1908115055706797507",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1908115055706797507",
      "created_at" : "Fri Apr 04 11:10:55 +0000 2025",
      "favorited" : false,
      "full_text" : "Kermis in het dorp, kids helemaal blij",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2004533225323987579"
          ],
          "editableUntil" : "2025-12-26T13:42:18.000Z",
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
      "id_str" : "2004533225323987579",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2004533225323987579",
      "created_at" : "Fri Dec 26 12:42:18 +0000 2025",
      "favorited" : false,
      "full_text" : "Bij Brouwer weet de ene afdeling nooit wat de andere doet. Wat een toko",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1995581318102858630"
          ],
          "editableUntil" : "2025-12-01T20:50:37.000Z",
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
        "80"
      ],
      "favorite_count" : "3",
      "id_str" : "1995581318102858630",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1995581318102858630",
      "created_at" : "Mon Dec 01 19:50:37 +0000 2025",
      "favorited" : false,
      "full_text" : "Management heeft weer een 'visie' gepresenteerd. Niemand snapt het, zij ook niet",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1795387444034705719"
          ],
          "editableUntil" : "2024-05-28T10:31:38.000Z",
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
        "83"
      ],
      "favorite_count" : "5",
      "id_str" : "1795387444034705719",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1795387444034705719",
      "created_at" : "Tue May 28 09:31:38 +0000 2024",
      "favorited" : false,
      "full_text" : "Die minister van Infrastructuur heeft nog nooit een vrachtwagen van dichtbij gezien",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1754493856643011844"
          ],
          "editableUntil" : "2024-02-05T14:15:07.000Z",
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
        "76"
      ],
      "favorite_count" : "5",
      "id_str" : "1754493856643011844",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1754493856643011844",
      "created_at" : "Mon Feb 05 13:15:07 +0000 2024",
      "favorited" : false,
      "full_text" : "Tolheffing voor vrachtwagens, weer zo'n plan uit Den Haag. Wie betaalt? Wij.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1928907369874108684"
          ],
          "editableUntil" : "2025-05-31T21:12:09.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1928907369874108684",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1928907369874108684",
      "created_at" : "Sat May 31 20:12:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Collega X vertelt elke ochtend luidkeels over zijn weekend. Ik trek het niet meer",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1958817975106937321"
          ],
          "editableUntil" : "2025-08-22T10:06:13.000Z",
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
      "id_str" : "1958817975106937321",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1958817975106937321",
      "created_at" : "Fri Aug 22 09:06:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Collega's die om half 4 al weg zijn en mij met de rotzooi laten zitten. Lekker team hoor.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1874135887508594577"
          ],
          "editableUntil" : "2024-12-31T17:49:50.000Z",
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
      "id_str" : "1874135887508594577",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1874135887508594577",
      "created_at" : "Tue Dec 31 16:49:50 +0000 2024",
      "favorited" : false,
      "full_text" : "Wie weet een goede garage in Oosterhout?",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1935996045624201444"
          ],
          "editableUntil" : "2025-06-20T10:40:01.000Z",
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
        "77"
      ],
      "favorite_count" : "5",
      "id_str" : "1935996045624201444",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1935996045624201444",
      "created_at" : "Fri Jun 20 09:40:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Ik snap niet dat die klantenservice van ons nog klanten over heeft. Lachertje",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1266485688662683520"
          ],
          "editableUntil" : "2020-05-29T22:44:53.000Z",
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
        "45"
      ],
      "favorite_count" : "0",
      "id_str" : "1266485688662683520",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1266485688662683520",
      "created_at" : "Fri May 29 21:44:53 +0000 2020",
      "favorited" : false,
      "full_text" : "Eerste dag bij mijn nieuwe werkgever. Zin in!",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2060825474235283065"
          ],
          "editableUntil" : "2026-05-30T21:47:36.000Z",
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
        "67"
      ],
      "favorite_count" : "0",
      "id_str" : "2060825474235283065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2060825474235283065",
      "created_at" : "Sat May 30 20:47:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Geen airco in de cabine bij 34 graden. Niet gezond om zo te werken.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1781090567451973736"
          ],
          "editableUntil" : "2024-04-18T23:40:57.000Z",
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
        "15"
      ],
      "favorite_count" : "2",
      "id_str" : "1781090567451973736",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1781090567451973736",
      "created_at" : "Thu Apr 18 22:40:57 +0000 2024",
      "favorited" : false,
      "full_text" : "Zondag, rustdag",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1796651494015411065"
          ],
          "editableUntil" : "2024-05-31T22:14:31.000Z",
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
        "31"
      ],
      "favorite_count" : "8",
      "id_str" : "1796651494015411065",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1796651494015411065",
      "created_at" : "Fri May 31 21:14:31 +0000 2024",
      "favorited" : false,
      "full_text" : "Sneeuw! Voor het eerst in jaren",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029115722299967036"
          ],
          "editableUntil" : "2026-03-04T09:44:22.000Z",
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
        "75"
      ],
      "favorite_count" : "0",
      "id_str" : "2029115722299967036",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2029115722299967036",
      "created_at" : "Wed Mar 04 08:44:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Net lid geworden van de FNV. Iedereen in het transport zou dat moeten doen.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844045296303226634"
          ],
          "editableUntil" : "2024-10-09T17:00:34.000Z",
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
        "14"
      ],
      "favorite_count" : "8",
      "id_str" : "1844045296303226634",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1844045296303226634",
      "created_at" : "Wed Oct 09 16:00:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Goedemorgen ☀️",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1283502592358222416"
          ],
          "editableUntil" : "2020-07-15T21:43:59.000Z",
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
        "22"
      ],
      "favorite_count" : "0",
      "id_str" : "1283502592358222416",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1283502592358222416",
      "created_at" : "Wed Jul 15 20:43:59 +0000 2020",
      "favorited" : false,
      "full_text" : "Rijbewijs C gehaald! 🚛",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092238391080379125"
          ],
          "editableUntil" : "2026-08-25T14:11:19.000Z",
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
        "35"
      ],
      "favorite_count" : "5",
      "id_str" : "2092238391080379125",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2092238391080379125",
      "created_at" : "Tue Aug 25 13:11:19 +0000 2026",
      "favorited" : false,
      "full_text" : "Terug van vakantie, Kroatië was top",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2021883358085367706"
          ],
          "editableUntil" : "2026-02-12T10:45:32.000Z",
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
      "favorite_count" : "2",
      "id_str" : "2021883358085367706",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2021883358085367706",
      "created_at" : "Thu Feb 12 09:45:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Barbecue aangestoken, eerste van het jaar",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1922228578285675460"
          ],
          "editableUntil" : "2025-05-13T10:53:01.000Z",
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
        "24"
      ],
      "favorite_count" : "3",
      "id_str" : "1922228578285675460",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1922228578285675460",
      "created_at" : "Tue May 13 09:53:01 +0000 2025",
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
            "1971318510973974172"
          ],
          "editableUntil" : "2025-09-25T21:58:53.000Z",
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
      "id_str" : "1971318510973974172",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971318510973974172",
      "created_at" : "Thu Sep 25 20:58:53 +0000 2025",
      "favorited" : false,
      "full_text" : "Planning heeft wéér de verkeerde chauffeur op de verkeerde rit gezet. Elke week dezelfde fouten",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1997938244320822578"
          ],
          "editableUntil" : "2025-12-08T08:56:12.000Z",
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
      "favorite_count" : "3",
      "id_str" : "1997938244320822578",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "1997938244320822578",
      "created_at" : "Mon Dec 08 07:56:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Hoe kan een transportbedrijf zo slecht georganiseerd zijn?? Niemand weet waar de trailers staan",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1952490083186004042"
          ],
          "editableUntil" : "2025-08-04T23:01:26.000Z",
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
      "favorite_count" : "8",
      "id_str" : "1952490083186004042",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1952490083186004042",
      "created_at" : "Mon Aug 04 22:01:26 +0000 2025",
      "favorited" : false,
      "full_text" : "Klant belt voor de 5e keer over dezelfde pallet. Mensen lezen gewoon niet. Zooooo moe van",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104621754876644287"
          ],
          "editableUntil" : "2026-09-28T18:18:23.000Z",
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
      "id_str" : "2104621754876644287",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2104621754876644287",
      "created_at" : "Mon Sep 28 17:18:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Vandaag gestaakt met de vakbond voor een betere cao. Solidariteit!",
      "lang" : "nl"
    }
  }
]