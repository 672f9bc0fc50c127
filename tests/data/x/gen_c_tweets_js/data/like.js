window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "5",
      "fullText" : "geliked",
      "expandedUrl" : "https://twitter.com/i/web/status/5"
    }
  }
]