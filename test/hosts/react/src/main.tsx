import { createRoot } from 'react-dom/client';
import { OrmPractice } from './OrmPractice';

createRoot(document.getElementById('root')!).render(<OrmPractice />);
