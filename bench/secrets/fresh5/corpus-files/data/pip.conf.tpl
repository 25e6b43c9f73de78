[global]
index-url = https://pypi.org/simple
extra-index-url = https://munchly:«alnum:20#gemfury-pull»@pypi.fury.io/munchly/   ⟦S s-pipconf⟧
timeout = 60
