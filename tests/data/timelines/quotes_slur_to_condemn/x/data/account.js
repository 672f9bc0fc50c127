window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "amira_speaks@example.org",
      "createdVia" : "web",
      "username" : "amira_speaks",
      "accountId" : "395668425",
      "createdAt" : "2015-04-01T10:00:00.000Z",
      "accountDisplayName" : "Amira Hassan"
    }
  }
]