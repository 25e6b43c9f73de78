all:
  children:
    web:
      hosts:
        web1.homestead-rentals.com:
        web2.homestead-rentals.com:
    workers:
      hosts:
        worker1.homestead-rentals.com:
          celery_queues: default,mls,feeds
  vars:
    ansible_user: deploy
    ansible_ssh_private_key_file: ~/.ssh/homestead_deploy
    ansible_become_pass: "«pwh#deploy-sudo»" ⟦S ans-become⟧
