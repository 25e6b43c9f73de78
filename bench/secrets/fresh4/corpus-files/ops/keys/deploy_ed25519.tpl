«openssh_ed:deploy@carelane-ci#deploy»   ⟦S s-ssh-deploy⟧
