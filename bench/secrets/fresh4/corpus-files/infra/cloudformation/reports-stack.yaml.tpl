AWSTemplateFormatVersion: "2010-09-09"
Description: Carelane reporting database and export bucket
Parameters:
  MasterUserPassword:
    Type: String
    NoEcho: true
    Default: "«pwh#cfn-default»"   ⟦S s-cfn-default-pw⟧
  SlackWebhookArn:
    Type: String
Resources:
  ReportsDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: reports
      MasterUserPassword: !Ref MasterUserPassword   ⟦D d-cfn-ref⟧
      DBInstanceClass: db.t4g.small
  ExportUser:
    Type: AWS::IAM::User
  AppSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      SecretString: "{{resolve:secretsmanager:carelane/app:SecretString:password}}"   ⟦D d-cfn-resolve⟧
  ExportPolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: exports
      Users: [!Ref ExportUser]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: s3:PutObject
            Resource: !Sub "arn:aws:s3:::carelane-exports-${AWS::AccountId}/*"   ⟦D d-cfn-sub⟧
