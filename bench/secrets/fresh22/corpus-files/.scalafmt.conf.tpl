version = 3.7.17
runner.dialect = scala213
maxColumn = 120
align.preset = more
