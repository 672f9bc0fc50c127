window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "4242",
    "userName" : "fictief_anne",
    "displayName" : "Anne Fictief"
  },
  "archiveInfo" : {
    "sizeBytes" : "12345",
    "generationDate" : "2023-05-01T10:00:00.000Z",
    "isPartialArchive" : false
  },
  "dataTypes" : {
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "8"
        },
        {
          "fileName" : "data/tweets-part1.js",
          "globalName" : "YTD.tweets.part1",
          "count" : "1"
        }
      ]
    },
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    }
  }
}