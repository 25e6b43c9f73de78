# production env for `heroku config:push` (keep in sync with the dashboard)
RAILS_ENV=production
DATABASE_URL=postgres://u7k2mq0vbd1a:«pwr#heroku-pg»@ec2-34-202-88-11.compute-1.amazonaws.com:5432/d8f3kq1r0m2b7c ⟦S envprod-db⟧
SECRET_KEY_BASE=«skb#prod» ⟦S envprod-skb⟧
AWS_ACCESS_KEY_ID=«akia#prod» ⟦S envprod-akid⟧
AWS_SECRET_ACCESS_KEY=«awssecret#prod» ⟦S envprod-aws⟧
GRADER_URL=https://grader.classnote.io
