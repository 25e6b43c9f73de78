DATABASE_URL=postgresql://grader_admin:«pwr#rds-grader»@classnote-grader.c9x2hq4tzv1m.us-east-1.rds.amazonaws.com:5432/grader ⟦S genv-db⟧
OPENAI_API_KEY=«openai#grader» ⟦S genv-openai⟧
ANTHROPIC_API_KEY=«anthropic#grader» ⟦S genv-anthropic⟧
API_SHARED_SECRET=«hexsecret:48#grader-shared» ⟦S genv-shared⟧
