var user_details =  {
  "screen_name": "fictief_anne",
  "location": "Utrecht",
  "full_name": "Anne Fictief",
  "bio": "Planner",
  "id": "4242",
  "created_at": "2010-05-01 10:00:00 +0000"
}