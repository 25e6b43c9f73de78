[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = «pypi#munchly-geo»   ⟦S s-pypirc⟧

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = <your test.pypi.org token>   ⟦D d-pypirc-placeholder⟧
