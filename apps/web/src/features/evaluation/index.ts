export { RatingForm } from './components/rating-form';
export { EvaluationSummaryPage } from './routes/evaluation-summary-page';
