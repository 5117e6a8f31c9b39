import { createApp } from 'vue';
import OrmPractice from './OrmPractice.vue';

createApp(OrmPractice).mount('#app');
