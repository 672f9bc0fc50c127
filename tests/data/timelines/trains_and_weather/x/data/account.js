window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "pendelaar_joost@example.org",
      "createdVia" : "web",
      "username" : "pendelaar_joost",
      "accountId" : "2645078596",
      "createdAt" : "2015-04-01T10:00:00.000Z",
      "accountDisplayName" : "Joost Hermans"
    }
  }
]