window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "marloes_tb@example.org",
      "createdVia" : "web",
      "username" : "marloes_tb",
      "accountId" : "1880972774",
      "createdAt" : "2015-04-01T10:00:00.000Z",
      "accountDisplayName" : "Marloes van Dijk"
    }
  }
]