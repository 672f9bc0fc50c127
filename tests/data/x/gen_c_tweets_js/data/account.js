window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "anne@example.org",
      "createdVia" : "web",
      "username" : "fictief_anne",
      "accountId" : "4242",
      "createdAt" : "2010-05-01T10:00:00.000Z",
      "accountDisplayName" : "Anne Fictief"
    }
  }
]