window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1986418840041347447"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-11-06T14:02:12.000Z",
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
        "68"
      ],
      "favorite_count" : "2",
      "id_str" : "1986418840041347447",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1986418840041347447",
      "created_at" : "Thu Nov 06 13:02:12 +0000 2025",
      "favorited" : false,
      "full_text" : "Klant belt voor de zesde keer over dezelfde order. Mensen lezen niet",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1944502970745670539"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-13T22:03:30.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1944502970745670539",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944502970745670539",
      "created_at" : "Sun Jul 13 21:03:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Onze klantenservice is een lachertje, ik schaam me ervoor",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1971327021216944410"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-25T22:32:42.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1971327021216944410",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1971327021216944410",
      "created_at" : "Thu Sep 25 21:32:42 +0000 2025",
      "favorited" : false,
      "full_text" : "Ik haat deze baan gewoon",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1858460620027129178"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-11-18T11:41:55.000Z",
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
        "78"
      ],
      "favorite_count" : "0",
      "id_str" : "1858460620027129178",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1858460620027129178",
      "created_at" : "Mon Nov 18 10:41:55 +0000 2024",
      "favorited" : false,
      "full_text" : "Bij ons op kantoor weet de ene afdeling nooit wat de andere doet. Wat een toko",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1990057516201912556"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-11-16T15:01:00.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1990057516201912556",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1990057516201912556",
      "created_at" : "Sun Nov 16 14:01:00 +0000 2025",
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
            "1935437498548092929"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-06-18T21:40:33.000Z",
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
      "favorite_count" : "2",
      "id_str" : "1935437498548092929",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1935437498548092929",
      "created_at" : "Wed Jun 18 20:40:33 +0000 2025",
      "favorited" : false,
      "full_text" : "Collega's zijn zo lui dat ik hun werk erbij doe. Elke dag weer",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1835378471729826712"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-09-15T19:01:42.000Z",
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
      "id_str" : "1835378471729826712",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1835378471729826712",
      "created_at" : "Sun Sep 15 18:01:42 +0000 2024",
      "favorited" : false,
      "full_text" : "Mijn baas heeft de planning weer omgegooid zonder iets te zeggen. Elke week hetzelfde",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1963568108274435411"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-04T12:41:33.000Z",
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
      "id_str" : "1963568108274435411",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1963568108274435411",
      "created_at" : "Thu Sep 04 11:41:33 +0000 2025",
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
            "1843458500589300677"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-10-08T02:08:51.000Z",
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
      "favorite_count" : "1",
      "id_str" : "1843458500589300677",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1843458500589300677",
      "created_at" : "Tue Oct 08 01:08:51 +0000 2024",
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
            "1823377943034871959"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-08-13T16:15:53.000Z",
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
      "id_str" : "1823377943034871959",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1823377943034871959",
      "created_at" : "Tue Aug 13 15:15:53 +0000 2024",
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
            "1882996740585918243"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-01-25T04:39:42.000Z",
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
      "id_str" : "1882996740585918243",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1882996740585918243",
      "created_at" : "Sat Jan 25 03:39:42 +0000 2025",
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
            "1838656840401383398"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-09-24T20:08:46.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1838656840401383398",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1838656840401383398",
      "created_at" : "Tue Sep 24 19:08:46 +0000 2024",
      "favorited" : false,
      "full_text" : "Collega's die om 4 uur al weg zijn en mij met alles laten zitten. Top team.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1868130491430872799"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-12-15T04:06:32.000Z",
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
      "id_str" : "1868130491430872799",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1868130491430872799",
      "created_at" : "Sun Dec 15 03:06:32 +0000 2024",
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
            "1936235464881257607"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-06-21T02:31:23.000Z",
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
        "64"
      ],
      "favorite_count" : "2",
      "id_str" : "1936235464881257607",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1936235464881257607",
      "created_at" : "Sat Jun 21 01:31:23 +0000 2025",
      "favorited" : false,
      "full_text" : "Weer overgeplaatst zonder overleg. Ze behandelen ons als pionnen",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1968829271243823418"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-09-19T01:07:32.000Z",
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
        "74"
      ],
      "favorite_count" : "0",
      "id_str" : "1968829271243823418",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1968829271243823418",
      "created_at" : "Fri Sep 19 00:07:32 +0000 2025",
      "favorited" : false,
      "full_text" : "De software die de directie kocht werkt voor geen meter. Geld over de balk",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1824744229176256825"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-08-17T10:45:01.000Z",
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
      "id_str" : "1824744229176256825",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1824744229176256825",
      "created_at" : "Sat Aug 17 09:45:01 +0000 2024",
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
            "1821819964617890840"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-08-09T09:05:02.000Z",
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
      "id_str" : "1821819964617890840",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1821819964617890840",
      "created_at" : "Fri Aug 09 08:05:02 +0000 2024",
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
            "1885774997224149552"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-02-01T20:39:30.000Z",
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
      "id_str" : "1885774997224149552",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1885774997224149552",
      "created_at" : "Sat Feb 01 19:39:30 +0000 2025",
      "favorited" : false,
      "full_text" : "Maandag. Terug naar die baan waar niemand je waardeert",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1882821263490886819"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-01-24T17:02:25.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1882821263490886819",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1882821263490886819",
      "created_at" : "Fri Jan 24 16:02:25 +0000 2025",
      "favorited" : false,
      "full_text" : "Directie belooft van alles en doet niks. Zoals altijd.",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1886069252814498616"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-02-02T16:08:46.000Z",
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
        "82"
      ],
      "favorite_count" : "0",
      "id_str" : "1886069252814498616",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1886069252814498616",
      "created_at" : "Sun Feb 02 15:08:46 +0000 2025",
      "favorited" : false,
      "full_text" : "Wat een waardeloze werkgever. Niks waargemaakt van de beloftes bij de sollicitatie",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1909217671116635845"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-04-07T13:12:19.000Z",
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
      "id_str" : "1909217671116635845",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1909217671116635845",
      "created_at" : "Mon Apr 07 12:12:19 +0000 2025",
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
            "1988745986701903647"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-11-13T00:09:27.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1988745986701903647",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1988745986701903647",
      "created_at" : "Wed Nov 12 23:09:27 +0000 2025",
      "favorited" : false,
      "full_text" : "Hoe eerder ik hier weg ben hoe beter. Wat een bedrijf",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1833166265777561921"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-09-09T16:31:11.000Z",
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
      "id_str" : "1833166265777561921",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1833166265777561921",
      "created_at" : "Mon Sep 09 15:31:11 +0000 2024",
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
            "1919010452403926351"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-05-04T13:45:20.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1919010452403926351",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1919010452403926351",
      "created_at" : "Sun May 04 12:45:20 +0000 2025",
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
            "1944490299750538673"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-13T21:13:09.000Z",
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
      "favorite_count" : "0",
      "id_str" : "1944490299750538673",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1944490299750538673",
      "created_at" : "Sun Jul 13 20:13:09 +0000 2025",
      "favorited" : false,
      "full_text" : "Baas wil 'even snel' een rapport. Om 16:55 op vrijdag. Bedankt hè",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1953329854151244762"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-08-07T06:38:23.000Z",
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
      "id_str" : "1953329854151244762",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1953329854151244762",
      "created_at" : "Thu Aug 07 05:38:23 +0000 2025",
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
            "1988846050213860388"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-11-13T06:47:04.000Z",
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
      "id_str" : "1988846050213860388",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1988846050213860388",
      "created_at" : "Thu Nov 13 05:47:04 +0000 2025",
      "favorited" : false,
      "full_text" : "HR heeft weer een 'teambuilding' bedacht. Ze hebben echt geen idee",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1817883174108671180"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-07-29T12:21:38.000Z",
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
      "id_str" : "1817883174108671180",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1817883174108671180",
      "created_at" : "Mon Jul 29 11:21:38 +0000 2024",
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
            "1806680452365942955"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-06-28T14:26:01.000Z",
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
      "favorite_count" : "4",
      "id_str" : "1806680452365942955",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1806680452365942955",
      "created_at" : "Fri Jun 28 13:26:01 +0000 2024",
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
            "1871873106640856750"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-12-25T11:58:21.000Z",
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
      "id_str" : "1871873106640856750",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1871873106640856750",
      "created_at" : "Wed Dec 25 10:58:21 +0000 2024",
      "favorited" : false,
      "full_text" : "Mijn leidinggevende gaat weer met de eer van mijn werk strijken",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1875131669805486903"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-01-03T11:46:43.000Z",
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
      "id_str" : "1875131669805486903",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1875131669805486903",
      "created_at" : "Fri Jan 03 10:46:43 +0000 2025",
      "favorited" : false,
      "full_text" : "Die klanten van ons zijn echt nooit tevreden, wat je ook doet",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1838658388098718391"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-09-24T20:14:55.000Z",
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
      "id_str" : "1838658388098718391",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1838658388098718391",
      "created_at" : "Tue Sep 24 19:14:55 +0000 2024",
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
            "1949545237183446335"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-27T19:59:40.000Z",
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
      "id_str" : "1949545237183446335",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1949545237183446335",
      "created_at" : "Sun Jul 27 18:59:40 +0000 2025",
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
            "1855724176409151878"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-11-10T22:28:16.000Z",
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
        "76"
      ],
      "favorite_count" : "0",
      "id_str" : "1855724176409151878",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1855724176409151878",
      "created_at" : "Sun Nov 10 21:28:16 +0000 2024",
      "favorited" : false,
      "full_text" : "Klanten die om 5 voor 5 bellen dat het vandaag nog moet. Ik ben er klaar mee",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1844310330179268167"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-10-10T10:33:43.000Z",
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
      "id_str" : "1844310330179268167",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1844310330179268167",
      "created_at" : "Thu Oct 10 09:33:43 +0000 2024",
      "favorited" : false,
      "full_text" : "Onze manager snapt niks van het vak en bepaalt toch alles",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1894811482585791522"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-02-26T19:07:16.000Z",
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
      "id_str" : "1894811482585791522",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1894811482585791522",
      "created_at" : "Wed Feb 26 18:07:16 +0000 2025",
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
            "1907035194391983860"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-04-01T12:39:56.000Z",
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
      "id_str" : "1907035194391983860",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1907035194391983860",
      "created_at" : "Tue Apr 01 11:39:56 +0000 2025",
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
            "1991067731097073338"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-11-19T09:55:14.000Z",
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
        "67"
      ],
      "favorite_count" : "4",
      "id_str" : "1991067731097073338",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1991067731097073338",
      "created_at" : "Wed Nov 19 08:55:14 +0000 2025",
      "favorited" : false,
      "full_text" : "Weer een week waarin kantoor niks goed regelde. Elke week hetzelfde",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1942883080205699355"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2025-07-09T10:46:38.000Z",
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
        "64"
      ],
      "favorite_count" : "0",
      "id_str" : "1942883080205699355",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1942883080205699355",
      "created_at" : "Wed Jul 09 09:46:38 +0000 2025",
      "favorited" : false,
      "full_text" : "Die nieuwe teamleider is een regelneef, niemand kan hem uitstaan",
      "lang" : "nl"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "1846534636697658239"
          ],
          "editsRemaining" : "5",
          "editableUntil" : "2024-10-16T13:52:19.000Z",
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
        "76"
      ],
      "favorite_count" : "4",
      "id_str" : "1846534636697658239",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1846534636697658239",
      "created_at" : "Wed Oct 16 12:52:19 +0000 2024",
      "favorited" : false,
      "full_text" : "Weer een vergadering van anderhalf uur voor niks. Dit management is hopeloos",
      "lang" : "nl"
    }
  }
]