window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "3333",
      "userLink" : "https://twitter.com/intent/user?user_id=3333"
    }
  }
]