window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "emily.carter@example.com",
      "createdVia" : "web",
      "username" : "emcarter_ehv",
      "accountId" : "2946118003",
      "createdAt" : "2014-03-12T09:15:02.000Z",
      "accountDisplayName" : "Emily Carter"
    }
  }
]