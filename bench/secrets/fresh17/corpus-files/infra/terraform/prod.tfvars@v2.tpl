env = "prod"
# credentials come from TF_VAR_* in the CI job (GitHub environment "prod"), not from this file
