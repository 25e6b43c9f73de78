import { defineCliConfig } from 'sanity/cli';

export default defineCliConfig({
  api: {
    projectId: '«sanity_project#mv»', ⟦D sc-project⟧
    dataset: 'production',
  },
  studioHost: 'maisonverte',
  autoUpdates: true,
});
