<?php

namespace Database\Seeders;

use App\Models\User;
use Illuminate\Database\Seeder;
use Illuminate\Support\Facades\Hash;

class AdminUserSeeder extends Seeder
{
    /**
     * The back-office accounts Maison Verte starts with. Run once on production:
     *   php artisan db:seed --class=AdminUserSeeder --force
     */
    public function run(): void
    {
        User::updateOrCreate(['email' => 'sophie@maisonverte.fr'], [
            'name' => 'Sophie Lambert',
            'role' => 'owner',
            'password' => Hash::make('«weak#sophie»'), ⟦S seed-sophie⟧
        ]);

        User::updateOrCreate(['email' => 'dev@studio-ronce.fr'], [
            'name' => 'Studio Ronce',
            'role' => 'admin',
            'password' => '«bcrypt_hash#ronce»', ⟦D seed-ronce-hash⟧
        ]);
    }
}
