«openssh_ed:deploy@munchly-ci#deploy»   ⟦S s-ssh-deploy⟧
