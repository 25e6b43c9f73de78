-- store third-party keys in Supabase Vault so pg_net triggers can call them
create extension if not exists supabase_vault with schema vault;

select vault.create_secret('«sk_live#vault»', 'stripe_secret_key', 'Stripe live key for pg_net billing sync');   ⟦S s-mg-vault⟧
select vault.create_secret('«hexsecret:64#worker-shared»', 'worker_shared_secret');   ⟦S s-mg-worker⟧

create table if not exists public.profiles (
  id uuid primary key references auth.users on delete cascade,
  email text not null,
  digest_enabled boolean default true,
  digest_day smallint default 1
);

insert into public.plans (id, name, stripe_price_id) values
  ('«uuid#plan-starter»', 'Starter', '«stripe_price#starter»'),   ⟦D d-mg-plan1⟧
  ('«uuid#plan-pro»', 'Pro', '«stripe_price#pro»');   ⟦D d-mg-plan2⟧
