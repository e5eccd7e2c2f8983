export { RatingForm } from './components/rating-form';
