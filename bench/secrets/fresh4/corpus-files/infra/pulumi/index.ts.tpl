import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
import * as hcloud from '@pulumi/hcloud';

const config = new pulumi.Config();
const dbPassword = config.requireSecret('dbPassword');   ⟦D d-pulumi-requiresecret⟧

export const db = new aws.rds.Instance('carelane-db', {
  engine: 'postgres',
  instanceClass: 'db.t4g.medium',
  username: 'carelane',
  password: dbPassword,
});

// the reports replica was created by hand first; keep its password until the import is done
export const reportsDb = new aws.rds.Instance('carelane-reports', {
  engine: 'postgres',
  instanceClass: 'db.t4g.small',
  username: 'reports',
  password: '«pwr#reports-rds»',   ⟦S s-pulumi-literal-pw⟧
});

export const dsn = pulumi.interpolate`postgres://carelane:${dbPassword}@${db.address}:5432/carelane`;   ⟦D d-pulumi-interpolate⟧
const edge = new hcloud.Server('edge-1', { serverType: 'cx22', image: 'debian-12', location: 'fsn1' });
