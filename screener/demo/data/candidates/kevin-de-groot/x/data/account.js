window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "kevin.degroot@example.nl",
      "createdVia" : "android",
      "username" : "kevdg_transport",
      "accountId" : "1187349562",
      "createdAt" : "2019-11-03T18:22:41.000Z",
      "accountDisplayName" : "Kevin de Groot"
    }
  }
]