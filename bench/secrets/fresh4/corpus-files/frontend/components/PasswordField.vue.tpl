<template>
  <label class="field">
    <span>{{ t('login.password') }}</span>   ⟦D d-vue-label⟧
    <input :type="visible ? 'text' : 'password'" v-model="password" autocomplete="current-password" placeholder="Enter your password" />   ⟦D d-vue-input⟧
    <button type="button" @click="visible = !visible">{{ visible ? 'Hide password' : 'Show password' }}</button>   ⟦D d-vue-toggle⟧
  </label>
</template>

<script setup lang="ts">
const { t } = useI18n();
const password = defineModel<string>({ default: '' });   ⟦D d-vue-model⟧
const visible = ref(false);
const PASSWORD_MIN_LENGTH = 12;
</script>
