window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1885641249260387745"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-02-01T11:48:02.000Z",
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
      "id_str" : "1885641249260387745",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1885641249260387745",
      "created_at" : "Sat Feb 01 10:48:02 +0000 2025",
      "favorited" : false,
      "full_text" : "Mooi project afgerond met het team, trots!",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1899104524696569643"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-03-10T15:26:17.000Z",
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
      "id_str" : "1899104524696569643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899104524696569643",
      "created_at" : "Mon Mar 10 14:26:17 +0000 2025",
      "favorited" : false,
      "full_text" : "Vandaag ruzie met mijn baas over het rooster. Wat een dag",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1799564903708634469"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-06-08T23:11:22.000Z",
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
        "38"
      ],
      "favorite_count" : "0",
      "id_str" : "1799564903708634469",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1799564903708634469",
      "created_at" : "Sat Jun 08 22:11:22 +0000 2024",
      "favorited" : false,
      "full_text" : "Op de fiets naar het werk, lekker fris",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1862763913017389345"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-11-30T08:41:40.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1862763913017389345",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1862763913017389345",
      "created_at" : "Sat Nov 30 07:41:40 +0000 2024",
      "favorited" : false,
      "full_text" : "Nieuwe hardloopschoenen, 10 km gedaan",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1792222069912713217"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-05-19T16:53:34.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1792222069912713217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1792222069912713217",
      "created_at" : "Sun May 19 15:53:34 +0000 2024",
      "favorited" : false,
      "full_text" : "Barbecue aangestoken, eerste van het seizoen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1767107785522406339"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-03-11T09:38:22.000Z",
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
      "id_str" : "1767107785522406339",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1767107785522406339",
      "created_at" : "Mon Mar 11 08:38:22 +0000 2024",
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
            "1777217794604669762"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-04-08T07:11:56.000Z",
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
      "id_str" : "1777217794604669762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1777217794604669762",
      "created_at" : "Mon Apr 08 06:11:56 +0000 2024",
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
            "1778344892167552779"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-04-11T09:50:37.000Z",
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
      "id_str" : "1778344892167552779",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1778344892167552779",
      "created_at" : "Thu Apr 11 08:50:37 +0000 2024",
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
            "1699491196829230036"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2023-09-06T19:34:11.000Z",
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
      "id_str" : "1699491196829230036",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1699491196829230036",
      "created_at" : "Wed Sep 06 18:34:11 +0000 2023",
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
            "1939249214915341743"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-06-29T10:06:57.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1939249214915341743",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1939249214915341743",
      "created_at" : "Sun Jun 29 09:06:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Lekker gewerkt vandaag, alles af voor het weekend",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1921926319963543281"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-12T14:51:57.000Z",
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
        "45"
      ],
      "favorite_count" : "1",
      "id_str" : "1921926319963543281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1921926319963543281",
      "created_at" : "Mon May 12 13:51:57 +0000 2025",
      "favorited" : false,
      "full_text" : "Vijf jaar in dienst vandaag, taart meegenomen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1737420199822241379"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2023-12-20T11:30:30.000Z",
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
      "id_str" : "1737420199822241379",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1737420199822241379",
      "created_at" : "Wed Dec 20 10:30:30 +0000 2023",
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
            "1786872478433907293"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-05-04T22:36:12.000Z",
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
      "id_str" : "1786872478433907293",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1786872478433907293",
      "created_at" : "Sat May 04 21:36:12 +0000 2024",
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
            "1757373275701945972"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-02-13T12:56:54.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1757373275701945972",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1757373275701945972",
      "created_at" : "Tue Feb 13 11:56:54 +0000 2024",
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
            "1965688572212355184"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-10T09:07:31.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1965688572212355184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965688572212355184",
      "created_at" : "Wed Sep 10 08:07:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Leuk gesprek gehad met een stagiair over de logistiek",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1910336040336151674"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-04-10T15:16:19.000Z",
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
      "id_str" : "1910336040336151674",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1910336040336151674",
      "created_at" : "Thu Apr 10 14:16:19 +0000 2025",
      "favorited" : false,
      "full_text" : "Teamuitje naar de Efteling, wat een dag 🎢",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1677172223113117265"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2023-07-07T05:26:33.000Z",
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
      "id_str" : "1677172223113117265",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1677172223113117265",
      "created_at" : "Fri Jul 07 04:26:33 +0000 2023",
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
            "1899829845687573013"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-03-12T15:28:27.000Z",
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
        "59"
      ],
      "favorite_count" : "0",
      "id_str" : "1899829845687573013",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1899829845687573013",
      "created_at" : "Wed Mar 12 14:28:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Mijn leidinggevende luistert gewoon niet. Echt niet normaal",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1870368253279938511"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-12-21T08:18:36.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1870368253279938511",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1870368253279938511",
      "created_at" : "Sat Dec 21 07:18:36 +0000 2024",
      "favorited" : false,
      "full_text" : "Mooie zonsondergang boven de polder vanavond",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1923924679328076882"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-18T03:12:43.000Z",
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
      "id_str" : "1923924679328076882",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1923924679328076882",
      "created_at" : "Sun May 18 02:12:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Goede evaluatie gehad, fijne leidinggevende heb ik toch eigenlijk",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1744410099711318903"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-01-08T18:25:52.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1744410099711318903",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1744410099711318903",
      "created_at" : "Mon Jan 08 17:25:52 +0000 2024",
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
            "1898093319946441621"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-03-07T20:28:07.000Z",
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
        "35"
      ],
      "favorite_count" : "0",
      "id_str" : "1898093319946441621",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1898093319946441621",
      "created_at" : "Fri Mar 07 19:28:07 +0000 2025",
      "favorited" : false,
      "full_text" : "Nieuwe collega begonnen, leuke meid",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1938483813155748788"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-06-27T07:25:31.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1938483813155748788",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1938483813155748788",
      "created_at" : "Fri Jun 27 06:25:31 +0000 2025",
      "favorited" : false,
      "full_text" : "Met het team de nieuwe hal geopend 🎉",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1725339497003852411"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2023-11-17T03:26:06.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1725339497003852411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1725339497003852411",
      "created_at" : "Fri Nov 17 02:26:06 +0000 2023",
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
            "1788932544396078643"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-05-10T15:02:10.000Z",
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
        "35"
      ],
      "favorite_count" : "1",
      "id_str" : "1788932544396078643",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1788932544396078643",
      "created_at" : "Fri May 10 14:02:10 +0000 2024",
      "favorited" : false,
      "full_text" : "Zondagochtend, krantje en croissant",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927798270064931281"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-28T19:44:59.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1927798270064931281",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927798270064931281",
      "created_at" : "Wed May 28 18:44:59 +0000 2025",
      "favorited" : false,
      "full_text" : "Cursus projectmanagement afgerond",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900359477228478977"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-03-14T02:33:01.000Z",
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
        "62"
      ],
      "favorite_count" : "1",
      "id_str" : "1900359477228478977",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900359477228478977",
      "created_at" : "Fri Mar 14 01:33:01 +0000 2025",
      "favorited" : false,
      "full_text" : "Nog steeds boos over gisteren. Die manager van ons is hopeloos",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900558589228097008"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-03-14T15:44:13.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1900558589228097008",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900558589228097008",
      "created_at" : "Fri Mar 14 14:44:13 +0000 2025",
      "favorited" : false,
      "full_text" : "Ik ben er klaar mee, dit bedrijf regelt ook niks goed",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1900595939507519491"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-03-14T18:12:38.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1900595939507519491",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1900595939507519491",
      "created_at" : "Fri Mar 14 17:12:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Weekend. Even niet aan werk denken na deze rotweek",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1927467821822955184"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-27T21:51:54.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1927467821822955184",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1927467821822955184",
      "created_at" : "Tue May 27 20:51:54 +0000 2025",
      "favorited" : false,
      "full_text" : "Klant belde om te bedanken voor de snelle levering",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1965059363700917443"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-08T15:27:16.000Z",
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
        "29"
      ],
      "favorite_count" : "4",
      "id_str" : "1965059363700917443",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1965059363700917443",
      "created_at" : "Mon Sep 08 14:27:16 +0000 2025",
      "favorited" : false,
      "full_text" : "Drukke week, maar samen gered",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1869102110342797588"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-12-17T20:27:24.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1869102110342797588",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1869102110342797588",
      "created_at" : "Tue Dec 17 19:27:24 +0000 2024",
      "favorited" : false,
      "full_text" : "Kinderen naar zwemles, ik naar de koffie",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1686983849409864066"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2023-08-03T07:14:27.000Z",
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
      "id_str" : "1686983849409864066",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1686983849409864066",
      "created_at" : "Thu Aug 03 06:14:27 +0000 2023",
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
            "1970598973928773864"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-23T22:19:42.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1970598973928773864",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1970598973928773864",
      "created_at" : "Tue Sep 23 21:19:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Training heftruckrijden gehaald",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1763240867922842577"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-02-29T17:32:37.000Z",
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
      "id_str" : "1763240867922842577",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1763240867922842577",
      "created_at" : "Thu Feb 29 16:32:37 +0000 2024",
      "favorited" : false,
      "full_text" : "Tuin weer netjes, nu een biertje",
      "lang" : "nl"
    }
  }
]