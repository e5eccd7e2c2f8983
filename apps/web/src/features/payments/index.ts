import './payments.css';

export { PayButton } from './components/pay-button';
export { PaymentReturnPage } from './routes/payment-return-page';
