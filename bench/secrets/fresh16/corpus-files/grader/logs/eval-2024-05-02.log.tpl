2024-05-02T14:02:11Z INFO  eval run "rubric-v3 vs gpt-4o-mini" started: 120 submissions (science-7 unit 4), seed 11
2024-05-02T14:02:11Z DEBUG request_id=«uuid4#eval-req1» model=gpt-4o-mini temperature=0.2 ⟦D log-reqid⟧
2024-05-02T14:02:12Z DEBUG httpx POST https://api.openai.com/v1/chat/completions headers={'host': 'api.openai.com', 'accept': '*/*', 'content-type': 'application/json', 'authorization': 'Bearer «openai#grader»'} ⟦S log-openai⟧
2024-05-02T14:02:14Z DEBUG httpx response 200 x-request-id=req_«hex:32#eval-oai-req» openai-processing-ms=1804 ⟦D log-oaireq⟧
2024-05-02T14:02:14Z INFO  submission=sub_8812 criteria=4 agreement_with_teacher=0.75
2024-05-02T14:02:19Z INFO  submission=sub_8813 criteria=4 agreement_with_teacher=1.00
2024-05-02T14:02:23Z WARN  submission=sub_8817 model returned prose instead of JSON, retrying once
2024-05-02T14:09:40Z INFO  eval finished: mean agreement 0.83, 2 retries, 0 failures, cost $0.41
