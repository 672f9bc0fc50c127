window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "1111",
      "userLink" : "https://twitter.com/intent/user?user_id=1111"
    }
  },
  {
    "follower" : {
      "accountId" : "2222",
      "userLink" : "https://twitter.com/intent/user?user_id=2222"
    }
  }
]