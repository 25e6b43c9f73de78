@page "/konto/passwort"
@attribute [Authorize]
@inject HttpClient Http
@inject NavigationManager Nav

<h3>Passwort ändern</h3>

<EditForm Model="model" OnValidSubmit="SubmitAsync">
    <DataAnnotationsValidator />
    <div class="mb-3">
        <label for="current" class="form-label">Aktuelles Passwort</label>
        <InputText id="current" type="password" class="form-control" @bind-Value="model.CurrentPassword" autocomplete="current-password" />  ⟦D razor-current⟧
    </div>
    <div class="mb-3">
        <label for="new" class="form-label">Neues Passwort</label>
        <InputText id="new" type="password" class="form-control" @bind-Value="model.NewPassword" autocomplete="new-password" />
        <div class="form-text">Mindestens 10 Zeichen, eine Ziffer und ein Sonderzeichen.</div>
    </div>
    <div class="mb-3">
        <label for="confirm" class="form-label">Neues Passwort wiederholen</label>
        <InputText id="confirm" type="password" class="form-control" @bind-Value="model.ConfirmPassword" />
        <ValidationMessage For="() => model.ConfirmPassword" />
    </div>
    <button class="btn btn-primary" type="submit" disabled="@busy">Speichern</button>
</EditForm>

@code {
    private readonly ChangePasswordModel model = new();
    private bool busy;

    private sealed class ChangePasswordModel
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihr aktuelles Passwort ein.")]
        public string CurrentPassword { get; set; } = "";

        [Required, MinLength(10, ErrorMessage = "Das Passwort muss mindestens 10 Zeichen lang sein.")]
        [RegularExpression(@"^(?=.*\d)(?=.*[^A-Za-z0-9]).+$", ErrorMessage = "Mindestens eine Ziffer und ein Sonderzeichen.")]  ⟦D razor-regex⟧
        public string NewPassword { get; set; } = "";

        [Compare(nameof(NewPassword), ErrorMessage = "Die Passwörter stimmen nicht überein.")]
        public string ConfirmPassword { get; set; } = "";
    }

    private async Task SubmitAsync()
    {
        busy = true;
        var resp = await Http.PostAsJsonAsync("api/account/change-password", model);
        busy = false;
        if (resp.IsSuccessStatusCode) Nav.NavigateTo("/konto?passwort=geaendert");
    }
}
