var tweet_index =  [
  {
    "file_name": "data/js/tweets/2013_01.js",
    "year": 2013,
    "var_name": "tweets_2013_01",
    "tweet_count": 1,
    "month": 1
  }
]