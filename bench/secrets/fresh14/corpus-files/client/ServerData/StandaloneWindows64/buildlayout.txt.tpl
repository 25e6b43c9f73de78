Archive defaultlocalgroup_assets_all_«unity_guid#bundle1».bundle (LZ4) [Compressed: 14.2MB Uncompressed: 31.8MB] ⟦D bl-bundle1⟧
	Bundle Hash: «unity_guid#bundlehash1» ⟦D bl-hash1⟧
	CRC: «digits:10#crc1»
	Explicit Assets
		Assets/Art/Ships/Kestrel/Kestrel.prefab (Total Size: 4.1MB, Size from Objects: 0.3MB, Size from Streamed Data: 3.8MB)
		Assets/Art/Ships/Falcon/Falcon.prefab (Total Size: 3.7MB, Size from Objects: 0.3MB, Size from Streamed Data: 3.4MB)
Archive stormfront_raid_assets_all_«unity_guid#bundle2».bundle (LZ4) [Compressed: 22.6MB Uncompressed: 58.0MB] ⟦D bl-bundle2⟧
	Bundle Hash: «unity_guid#bundlehash2» ⟦D bl-hash2⟧
	CRC: «digits:10#crc2»
	Explicit Assets
		Assets/Raids/Stormfront/TempestWarden.prefab (Total Size: 11.9MB, Size from Objects: 1.2MB, Size from Streamed Data: 10.7MB)
Archive shaders_unitybuiltinshaders_«unity_guid#bundle3».bundle (LZ4) [Compressed: 0.9MB Uncompressed: 2.4MB]
	Bundle Hash: «unity_guid#bundlehash3» ⟦D bl-hash3⟧
	CRC: «digits:10#crc3»
