# Grader service secrets for the ECS task (read at start-up through the secrets block of the task definition).
resource "aws_secretsmanager_secret" "grader" {
  name = "classnote/grader"
}

resource "aws_secretsmanager_secret_version" "grader" {
  secret_id = aws_secretsmanager_secret.grader.id
  secret_string = jsonencode({
    DATABASE_URL      = "postgresql://grader_admin:${var.grader_db_password}@${aws_db_instance.grader.address}:5432/grader" ⟦D tfg-dburl⟧
    OPENAI_API_KEY    = "«openai#grader-v2»" ⟦S tfg-openai⟧
    API_SHARED_SECRET = random_password.grader_shared.result ⟦D tfg-shared⟧
  })
}

resource "random_password" "grader_shared" {
  length  = 48
  special = false
}

resource "aws_ecs_task_definition" "grader" {
  family                   = "classnote-grader"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  execution_role_arn       = aws_iam_role.grader_exec.arn
  container_definitions = jsonencode([{
    name      = "grader"
    image     = "«digits:12#aws-account».dkr.ecr.us-east-1.amazonaws.com/classnote-grader@«docker_digest#grader»" ⟦D tfg-image⟧
    essential = true
    portMappings = [{ containerPort = 8000 }]
    secrets = [
      { name = "DATABASE_URL", valueFrom = "${aws_secretsmanager_secret.grader.arn}:DATABASE_URL::" },
      { name = "OPENAI_API_KEY", valueFrom = "${aws_secretsmanager_secret.grader.arn}:OPENAI_API_KEY::" }, ⟦D tfg-valuefrom⟧
    ]
  }])
}
