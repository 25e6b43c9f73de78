# /etc/rancher/k3s/config.yaml on k3s-02 and k3s-03 (k3s-01 is the first server)
server: https://10.30.1.11:6443
token: «k3s#kb-cluster» ⟦S k3s-token⟧
node-ip: "{{ k3s_node_ip }}"
flannel-iface: enp7s0
disable:
  - traefik
  - servicelb
tls-san:
  - k3s.kettlebridge.net
  - 10.30.1.11
kubelet-arg:
  - "max-pods=150"
