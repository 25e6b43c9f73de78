datacenter = "fsn1"
data_dir   = "/opt/consul"
node_id    = "«uuid#consul-node»"   ⟦D d-consul-nodeid⟧
encrypt    = "«consul_gossip#fsn1»"   ⟦S s-consul-gossip⟧
acl {
  enabled        = true
  default_policy = "deny"
  tokens {
    agent = "«uuid#consul-agent»"   ⟦S s-consul-agent-token⟧
  }
}
