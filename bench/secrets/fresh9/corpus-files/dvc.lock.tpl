schema: '2.0'
stages:
  prepare:
    cmd: python -m ml.prepare --retailer nordmart
    deps:
    - path: data/raw/nordmart
      hash: md5
      md5: «hex:32#dvc-raw».dir ⟦D dvc-md5-raw⟧
      size: 1843215677
      nfiles: 731
    - path: ml/prepare.py
      hash: md5
      md5: «hex:32#dvc-prepare-py»
      size: 4127
    outs:
    - path: data/features/nordmart/store_day.parquet
      hash: md5
      md5: «hex:32#dvc-features» ⟦D dvc-md5-features⟧
      size: 220418830
  train:
    cmd: python -m ml.train --retailer nordmart --horizon 28
    deps:
    - path: data/features/nordmart/store_day.parquet
      hash: md5
      md5: «hex:32#dvc-features»
      size: 220418830
    outs:
    - path: models/lgbm-nordmart.txt
      hash: md5
      md5: «hex:32#dvc-model» ⟦D dvc-md5-model⟧
      size: 9817231
