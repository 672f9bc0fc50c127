window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "politiek_petra@example.org",
      "createdVia" : "web",
      "username" : "politiek_petra",
      "accountId" : "1995980778",
      "createdAt" : "2015-04-01T10:00:00.000Z",
      "accountDisplayName" : "Petra Hoekstra"
    }
  }
]