window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "rdj_planner@example.org",
      "createdVia" : "web",
      "username" : "rdj_planner",
      "accountId" : "1488174235",
      "createdAt" : "2015-04-01T10:00:00.000Z",
      "accountDisplayName" : "Ronald de Jager"
    }
  }
]