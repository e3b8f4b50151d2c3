export function App() {
  return (
    <main class="options">
      <h1>CoreCredit — facility profiles</h1>
      <p>Your facilities, their RRIDs, staff and grants. Stored in this browser only.</p>
    </main>
  );
}
